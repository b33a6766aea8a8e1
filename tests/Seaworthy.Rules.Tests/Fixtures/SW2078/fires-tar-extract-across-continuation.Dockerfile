FROM alpine:3.20
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /opt \
    && rm /tmp/app.tar.gz
# expect SW2078 3:14-3:29
