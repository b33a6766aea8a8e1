FROM alpine:3.20 AS scratch-build
FROM alpine:3.20 AS build-context
