FROM alpine:3.20 AS scratchpad

FROM alpine:3.20
LABEL org.opencontainers.image.source=https://example.com/app org.opencontainers.image.version=1.0.0
