workdir /src
# expect SW2021 1:1-1:8
FROM alpine:3.20
