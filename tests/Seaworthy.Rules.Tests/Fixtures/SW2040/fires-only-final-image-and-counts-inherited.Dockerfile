FROM alpine:3.20 AS base
LABEL org.opencontainers.image.version=1.0.0

FROM golang:1.23 AS build

# expect SW2040 8:1-8:10 Stage 2 has no label 'org.opencontainers.image.source', which the configuration requires

FROM base
COPY --from=build /app /app
