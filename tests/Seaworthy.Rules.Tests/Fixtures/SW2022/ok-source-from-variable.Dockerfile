FROM alpine:3.20
ARG ARCHIVE=release.tar.gz
ADD ${ARCHIVE} /opt/
