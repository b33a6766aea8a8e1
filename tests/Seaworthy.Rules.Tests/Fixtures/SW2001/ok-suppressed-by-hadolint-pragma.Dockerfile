FROM alpine:3.20
# hadolint ignore=DL3000
WORKDIR app
