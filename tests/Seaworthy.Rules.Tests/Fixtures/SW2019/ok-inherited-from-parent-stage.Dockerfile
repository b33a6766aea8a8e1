FROM alpine AS base
ARG foo=Dockerfile
FROM base
COPY $foo .
