FROM alpine
ARG SRC
COPY ${SRC}/file /dst
