FROM alpine:3.20
WORKDIR /usr/bin
# expect SW2091 2:9-2:17
