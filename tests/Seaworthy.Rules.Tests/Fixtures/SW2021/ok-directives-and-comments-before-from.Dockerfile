# syntax=docker/dockerfile:1
# check=skip=JSONArgsRecommended
# The base image, pinned.
FROM alpine:3.20
RUN echo ok
