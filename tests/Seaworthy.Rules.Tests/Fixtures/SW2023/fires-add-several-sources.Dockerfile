FROM alpine:3.20
ADD a.txt b.txt /data
# expect SW2023 2:17-2:22 ADD has 2 sources, so its destination '/data' must be a directory and end with '/'
