ARG REGISTRY=ghcr.io
ARG TAG=3.20
FROM ${REGISTRY}/acme/alpine:${TAG}
