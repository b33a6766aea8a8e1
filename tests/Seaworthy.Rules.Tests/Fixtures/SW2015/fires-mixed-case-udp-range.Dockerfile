FROM alpine
# expect SW2015 3:18-3:21 Protocol 'Udp' in EXPOSE 8000-8010/Udp should be lowercase
EXPOSE 8000-8010/Udp
