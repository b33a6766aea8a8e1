FROM alpine:3.20
ENV PWD=/app
ENV PATH=/usr/local/bin:$PATH
ARG VERSION=1.0
