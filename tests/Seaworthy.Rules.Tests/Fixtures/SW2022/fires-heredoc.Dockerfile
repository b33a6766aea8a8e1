FROM alpine:3.20
ADD <<EOF /etc/motd
Welcome
EOF
# expect SW2022 2:5-2:10
