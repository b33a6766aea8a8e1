FROM alpine
# expect SW2015 3:11-3:14
EXPOSE 80/TCP 443/tcp
