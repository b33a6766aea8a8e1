ARG REGISTRY=docker.io
ARG TAG
FROM ${REGISTRY}/library/alpine:3.20${TAG}
