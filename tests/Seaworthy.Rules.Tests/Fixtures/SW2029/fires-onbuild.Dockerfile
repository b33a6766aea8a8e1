FROM alpine:3.20
ONBUILD LABEL Build.Number=1
# expect SW2029 2:15-2:27 Label key 'Build.Number' has upper-case letters: label keys are lower-case, such as maintainer or org.opencontainers.image.version
