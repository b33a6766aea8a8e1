FROM alpine:3.20
LABEL source=https://github.com/acme/app \
      version=2.4.1-rc.1+build.7 \
      created=2026-11-23T09:15:00Z \
      license="Apache-2.0 OR MIT" \
      revision=8ff99132 \
      maintainer=ops@acme.example \
      title="Acme API"
