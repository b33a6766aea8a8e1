FROM alpine:3.20
LABEL Version="1.0"
# expect SW2029 2:7-2:14 Label key 'Version' has upper-case letters: label keys are lower-case, such as maintainer or org.opencontainers.image.version
