FROM scratch AS a
ENV work=app
WORKDIR ${work}

FROM scratch AS b
ARG dir=srv
WORKDIR "${dir}/www"
# expect SW2001 3:9-3:16 Relative WORKDIR '${work}' is resolved against the base image's working directory, which can change with the image; use an absolute path
# expect SW2001 7:9-7:21 Relative WORKDIR '"${dir}/www"' is resolved against the base image's working directory, which can change with the image; use an absolute path
