FROM alpine:3.20
RUN --network=bridge --security=privileged --device=/dev/fuse --networks=none echo hi
# expect SW2034 2:5-2:21 invalid network mode "bridge" (use default, none or host)
# expect SW2034 2:22-2:43 security "privileged" is not valid (use sandbox or insecure)
# expect SW2034 2:44-2:62 device feature is only supported in Dockerfile frontend 1.14.0-labs or later (# syntax=docker/dockerfile:1-labs)
# expect SW2034 2:63-2:78 unknown flag: --networks (did you mean network?)
