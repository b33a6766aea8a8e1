FROM alpine:3.20 AS build
ENV GITHUB_TOKEN=secret-value
# expect SW1003 2:5-2:17

FROM alpine:3.20
USER app
