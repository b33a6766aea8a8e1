# syntax=docker/dockerfile:1
# The seaworthy ignore list lives in .seaworthy.yaml, not here.
FROM alpine:3.20
# hadolint shell=bash
RUN echo ok
