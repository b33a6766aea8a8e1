FROM alpine
# expect SW2016 5:8-5:12 EXPOSE http: 'http' is not a port number
# expect SW2016 5:13-5:19 EXPOSE 80/xyz: the protocol 'xyz' is not tcp, udp or sctp
# expect SW2016 5:20-5:29 EXPOSE 9000-8000: the range '9000-8000' ends before it starts
EXPOSE http 80/xyz 9000-8000
