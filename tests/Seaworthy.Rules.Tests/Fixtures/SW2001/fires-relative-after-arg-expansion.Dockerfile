FROM alpine:3.20
ARG APP=app
# expect SW2001 4:9-4:19
WORKDIR ${APP}/src
