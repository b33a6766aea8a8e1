FROM alpine
# expect SW2007 3:1-3:11 MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="someone@example.com"
MAINTAINER someone@example.com
