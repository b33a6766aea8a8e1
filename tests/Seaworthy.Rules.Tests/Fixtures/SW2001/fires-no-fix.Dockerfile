FROM alpine:3.20
ARG BASE=/opt
WORKDIR $BASE
WORKDIR app
WORKDIR /data
WORKDIR "logs"
WORKDIR tmp
# expect SW2001 4:9-4:12 Relative WORKDIR 'app' is resolved against the WORKDIR before it, and moves whenever that one is changed; use an absolute path
# expect SW2001 6:9-6:15 Relative WORKDIR '"logs"' is resolved against the WORKDIR before it, and moves whenever that one is changed; use an absolute path
# expect SW2001 7:9-7:12 Relative WORKDIR 'tmp' is resolved against the WORKDIR before it, and moves whenever that one is changed; use an absolute path
