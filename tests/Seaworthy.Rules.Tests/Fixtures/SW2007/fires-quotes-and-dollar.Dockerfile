FROM alpine:3.20
MAINTAINER "Jane" $USER\x <jane@example.com>
# expect SW2007 2:1-2:11 MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors=""Jane" $USER\x <jane@example.com>"
