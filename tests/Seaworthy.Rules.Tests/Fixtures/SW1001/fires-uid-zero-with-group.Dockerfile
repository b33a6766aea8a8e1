FROM alpine:3.20
USER 0:0
# expect SW1001 2:6-2:9 Stage 0 runs as root: its last USER is '0:0'
