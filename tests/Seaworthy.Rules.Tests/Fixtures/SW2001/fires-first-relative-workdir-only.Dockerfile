FROM alpine:3.20
# expect SW2001 3:9-3:12 Relative WORKDIR 'src' is resolved against the base image's working directory, which can change with the image; use an absolute path
WORKDIR src
WORKDIR build
