FROM debian:bookworm AS stage1
WORKDIR /usr
FROM debian:bookworm
COPY foo bar
# expect SW2028 4:10-4:13
