FROM alpine:3.20
ADD <<EOF /etc/motd
Welcome
EOF
# expect SW2022 2:5-2:10 ADD '<<EOF' writes an inline file, which COPY writes the same way: use COPY, which never downloads or unpacks anything
