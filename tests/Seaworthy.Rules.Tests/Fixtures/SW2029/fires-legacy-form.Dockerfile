FROM alpine:3.20
LABEL Maintainer someone@example.com
# expect SW2029 2:7-2:17 Label key 'Maintainer' has upper-case letters: label keys are lower-case, such as maintainer or org.opencontainers.image.version
