FROM alpine:3.20
SHELL /bin/bash -c
# expect SW2034 2:7-2:19 SHELL requires the arguments to be in JSON form
