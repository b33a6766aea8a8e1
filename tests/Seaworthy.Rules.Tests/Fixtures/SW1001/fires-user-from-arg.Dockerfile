FROM alpine:3.20
ARG RUNAS=root
USER ${RUNAS}
# expect SW1001 3:6-3:14 Stage 0 runs as root: its last USER is 'root'
