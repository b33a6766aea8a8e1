FROM alpine
LABEL org.opencontainers.image.authors="someone@example.com"
