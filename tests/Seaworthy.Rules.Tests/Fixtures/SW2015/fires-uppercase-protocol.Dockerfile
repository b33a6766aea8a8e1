FROM alpine
# expect SW2015 3:11-3:14 Protocol 'TCP' in EXPOSE 80/TCP should be lowercase
EXPOSE 80/TCP 443/tcp
