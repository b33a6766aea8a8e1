FROM alpine:3.20 AS deb-builder
FROM alpine:3.20 AS go-builder
