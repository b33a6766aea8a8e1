# expect SW2040 2:1-2:17
FROM alpine:3.20
LABEL org.opencontainers.image.source=https://github.com/acme/app
