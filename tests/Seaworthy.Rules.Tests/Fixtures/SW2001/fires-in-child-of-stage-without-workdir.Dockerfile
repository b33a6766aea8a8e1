FROM alpine:3.20 AS base
RUN true

FROM base
# expect SW2001 6:9-6:12 Relative WORKDIR 'app' is resolved against the base image's working directory, which can change with the image; use an absolute path
WORKDIR app
