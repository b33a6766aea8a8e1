FROM alpine:3.20
WORKDIR
USER
STOPSIGNAL
# expect SW2034 2:1-2:8 WORKDIR requires exactly one argument
# expect SW2034 3:1-3:5 USER requires exactly one argument
# expect SW2034 4:1-4:11 STOPSIGNAL requires exactly one argument
