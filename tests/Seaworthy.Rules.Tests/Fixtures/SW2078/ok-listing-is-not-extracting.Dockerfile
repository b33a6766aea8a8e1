FROM alpine:3.20
COPY app.tar.gz /tmp/
RUN tar -tzf /tmp/app.tar.gz
