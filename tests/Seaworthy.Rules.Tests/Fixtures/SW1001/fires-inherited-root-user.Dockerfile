FROM alpine:3.20 AS base
USER root
# expect SW1001 2:6-2:10

FROM base
CMD ["sh"]
