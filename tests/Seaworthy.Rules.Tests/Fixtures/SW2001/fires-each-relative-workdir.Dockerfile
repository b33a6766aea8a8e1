FROM alpine:3.20
# expect SW2001 3:9-3:12 Relative WORKDIR 'src' is resolved against the base image's working directory, which can change with the image; use an absolute path
WORKDIR src
WORKDIR build
# expect SW2001 4:9-4:14 Relative WORKDIR 'build' is resolved against the WORKDIR before it, and moves whenever that one is changed; use an absolute path
