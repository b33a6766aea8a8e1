FROM alpine:3.20
WORKDIR /app
WORKDIR src
# expect SW2001 3:9-3:12 Relative WORKDIR 'src' is resolved against the WORKDIR before it, and moves whenever that one is changed; use an absolute path
