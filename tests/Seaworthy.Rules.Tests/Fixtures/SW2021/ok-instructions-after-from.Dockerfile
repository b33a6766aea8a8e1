FROM alpine:3.20 AS base
ENV APP=demo
FROM base
LABEL maintainer="team@example.com"
