FROM alpine:3.20
USER root:wheel
# expect SW1001 2:6-2:16 Stage 0 runs as root: its last USER is 'root:wheel'
