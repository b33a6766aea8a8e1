FROM alpine:3.20
ARG APP=app
# expect SW2001 4:9-4:19 Relative WORKDIR '${APP}/src' is resolved against the base image's working directory, which can change with the image; use an absolute path
WORKDIR ${APP}/src
