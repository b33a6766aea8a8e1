FROM alpine:3.20
# expect SW2001 3:9-3:14
WORKDIR "app"
