FROM alpine:3.20 AS base
USER app

FROM base
CMD ["sh"]
# expect SW2030 2:6-2:9
