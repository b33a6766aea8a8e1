FROM alpine:3.20 AS base
USER root
# expect SW1001 2:6-2:10 Stage 1 runs as root: its last USER is 'root'

FROM base
CMD ["sh"]
