FROM alpine:3.20
FROM docker.io/library/debian:12
