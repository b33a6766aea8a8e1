FROM alpine:3.20
WORKDIR /
# expect SW2091 2:9-2:10
WORKDIR /etc/
# expect SW2091 4:9-4:14
