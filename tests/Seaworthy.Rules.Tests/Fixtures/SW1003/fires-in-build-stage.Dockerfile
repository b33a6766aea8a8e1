FROM alpine:3.20 AS build
ENV GITHUB_TOKEN=secret-value
# expect SW1003 2:5-2:17 Environment variable 'GITHUB_TOKEN' looks like a secret (its name contains 'token'): value ********

FROM alpine:3.20
USER app
