FROM alpine:3.20
WORKDIR /
# expect SW2091 2:9-2:10 WORKDIR / is a system directory: what the build and the application write there mixes with the operating system's files
WORKDIR /etc/
# expect SW2091 4:9-4:14 WORKDIR /etc/ is a system directory: what the build and the application write there mixes with the operating system's files
