FROM alpine:3.20
LABEL com.docker.desktop.extension.api.version=">= 0.3.0" \
      com.docker.extension.publisher-url="https://example.com"
