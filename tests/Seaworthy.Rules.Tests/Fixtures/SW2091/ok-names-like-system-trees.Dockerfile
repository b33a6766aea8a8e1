FROM alpine:3.20
WORKDIR /development
WORKDIR /devices/app
WORKDIR /srv/proc/app
WORKDIR "/path/to/workdir"
