FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app" \
      org.opencontainers.image.version=2.4.1
