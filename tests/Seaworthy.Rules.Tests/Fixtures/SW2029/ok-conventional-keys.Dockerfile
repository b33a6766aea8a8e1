FROM alpine:3.20
LABEL maintainer="team@example.com" \
      org.opencontainers.image.source="https://github.com/example/app" \
      com.example.vendor=acme \
      io.k8s.description="An example" \
      version=1.0 release_channel=stable com.example/team=platform
