# expect SW2040 2:1-2:17 Stage 0 has no label 'org.opencontainers.image.version', which the configuration requires
FROM alpine:3.20
LABEL org.opencontainers.image.source=https://github.com/acme/app
