FROM alpine:3.20
COPY <<one <<two /etc/config
first
one
second
two
# expect SW2023 2:18-2:29 COPY has 2 sources, so its destination '/etc/config' must be a directory and end with '/'
