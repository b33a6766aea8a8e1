FROM alpine:3.20
ARG DIR=/srv/app
WORKDIR $DIR
