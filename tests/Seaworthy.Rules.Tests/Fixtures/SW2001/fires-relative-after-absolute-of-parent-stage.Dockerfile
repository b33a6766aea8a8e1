FROM alpine:3.20 AS base
WORKDIR /app

FROM base
WORKDIR sub
# expect SW2001 5:9-5:12 Relative WORKDIR 'sub' is resolved against the WORKDIR before it, and moves whenever that one is changed; use an absolute path
