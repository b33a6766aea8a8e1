FROM alpine:3.20
ENV =value
ARG =default
VOLUME ["/data", ""]
# expect SW2034 2:5-2:11
# expect SW2034 3:5-3:13
# expect SW2034 4:18-4:20
