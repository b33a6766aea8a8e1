FROM alpine:3.20
USER root:wheel
# expect SW1001 2:6-2:16
