FROM alpine:3.20
ENV =value
ARG =default
VOLUME ["/data", ""]
# expect SW2034 2:5-2:11 ENV names can not be blank
# expect SW2034 3:5-3:13 ARG names can not be blank
# expect SW2034 4:18-4:20 VOLUME specified can not be an empty string
