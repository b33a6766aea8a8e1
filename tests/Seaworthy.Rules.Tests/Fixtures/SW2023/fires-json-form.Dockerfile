FROM alpine:3.20
COPY ["start.sh", "stop.sh", "/usr/local/bin"]
# expect SW2023 2:30-2:46 COPY has 2 sources, so its destination '/usr/local/bin' must be a directory and end with '/'
