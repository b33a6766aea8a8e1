WORKDIR relative/dir
RUN make
WORKDIR "build"
# expect SW2001 1:9-1:21 Relative WORKDIR 'relative/dir' is resolved against the base image's working directory, which can change with the image; use an absolute path
