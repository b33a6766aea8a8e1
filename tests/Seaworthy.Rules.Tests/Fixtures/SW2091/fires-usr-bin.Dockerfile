FROM alpine:3.20
WORKDIR /usr/bin
# expect SW2091 2:9-2:17 WORKDIR /usr/bin is a system directory: what the build and the application write there mixes with the operating system's files
