FROM alpine:3.20 AS base
RUN true

FROM base
# expect SW2001 6:9-6:12
WORKDIR app
