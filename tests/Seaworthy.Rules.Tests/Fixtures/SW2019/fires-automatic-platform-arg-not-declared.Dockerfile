FROM alpine
# expect SW2019 3:14-3:27
COPY bin/app-${TARGETARCH} /usr/local/bin/app
