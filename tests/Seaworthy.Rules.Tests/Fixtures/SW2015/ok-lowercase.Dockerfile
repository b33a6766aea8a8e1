FROM alpine
EXPOSE 80 443/tcp 53/udp 9000/sctp
