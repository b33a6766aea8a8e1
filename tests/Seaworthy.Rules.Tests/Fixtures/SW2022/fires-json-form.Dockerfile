FROM alpine:3.20
ADD ["config.json", "/etc/app/"]
# expect SW2022 2:6-2:19
