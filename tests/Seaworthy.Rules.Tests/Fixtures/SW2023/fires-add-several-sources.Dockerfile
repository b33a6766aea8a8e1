FROM alpine:3.20
ADD a.txt b.txt /data
# expect SW2023 2:17-2:22
