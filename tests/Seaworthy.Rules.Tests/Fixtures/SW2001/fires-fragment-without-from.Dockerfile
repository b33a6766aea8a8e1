WORKDIR relative/dir
RUN make
WORKDIR "build"
# expect SW2001 1:9-1:21 Relative WORKDIR 'relative/dir' is resolved against the base image's working directory, which can change with the image; use an absolute path
# expect SW2001 3:9-3:16 Relative WORKDIR '"build"' is resolved against the WORKDIR before it, and moves whenever that one is changed; use an absolute path
