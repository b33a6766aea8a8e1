FROM alpine:3.20
onbuild maintainer someone@example.com
# expect SW2026 2:9-2:19 MAINTAINER isn't allowed as an ONBUILD trigger: the build fails (and MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors)
