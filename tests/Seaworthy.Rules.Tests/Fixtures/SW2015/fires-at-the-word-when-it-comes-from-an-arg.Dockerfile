FROM alpine
ARG PORT=80/TCP
# expect SW2015 4:8-4:13 Protocol 'TCP' in EXPOSE 80/TCP should be lowercase
EXPOSE $PORT
