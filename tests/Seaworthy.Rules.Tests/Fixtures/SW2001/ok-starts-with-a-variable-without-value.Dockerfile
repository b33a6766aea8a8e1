FROM alpine:3.20 AS a
WORKDIR ${work}

FROM alpine:3.20 AS b
WORKDIR "${dir}"

FROM scratch AS c
ARG work
WORKDIR $work/data

FROM scratch AS d
WORKDIR "${dir:-app}"
