FROM alpine:3.20
# hadolint ignore=DL3002
USER root
