FROM alpine:3.20
USER 10001:app
