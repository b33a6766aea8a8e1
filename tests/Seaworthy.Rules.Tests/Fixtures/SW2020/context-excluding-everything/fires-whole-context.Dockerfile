FROM alpine:3.20
COPY . /app
# expect SW2020 2:6-2:7
