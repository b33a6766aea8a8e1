FROM alpine:3.20
RUN --network=bridge --security=privileged --device=/dev/fuse --networks=none echo hi
# expect SW2034 2:5-2:21
# expect SW2034 2:22-2:43
# expect SW2034 2:44-2:62
# expect SW2034 2:63-2:78
