FROM alpine:3.20
WORKDIR /app
WORKDIR /usr/src/app
WORKDIR /etc/nginx/conf.d
