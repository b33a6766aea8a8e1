FROM alpine:3.20
COPY a.conf b.conf "/etc/app"
# expect SW2023 2:20-2:30 COPY has 2 sources, so its destination '"/etc/app"' must be a directory and end with '/'
