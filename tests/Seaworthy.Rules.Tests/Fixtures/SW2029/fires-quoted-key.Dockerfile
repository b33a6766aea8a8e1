FROM alpine:3.20
LABEL "Description"="a small image"
# expect SW2029 2:7-2:20 Label key 'Description' has upper-case letters: label keys are lower-case, such as maintainer or org.opencontainers.image.version
