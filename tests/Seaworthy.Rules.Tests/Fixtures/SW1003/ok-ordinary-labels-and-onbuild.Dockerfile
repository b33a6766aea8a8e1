FROM alpine:3.20
LABEL maintainer=ops@acme.example version=1.0
ONBUILD ENV PATH=/app/bin:$PATH
ONBUILD ARG VERSION=1.0
