FROM alpine:3.20
ARG RUNAS=root
USER ${RUNAS}
# expect SW1001 3:6-3:14
