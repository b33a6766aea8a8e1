FROM alpine:3.20
COPY ["start.sh", "stop.sh", "/usr/local/bin"]
# expect SW2023 2:30-2:46
