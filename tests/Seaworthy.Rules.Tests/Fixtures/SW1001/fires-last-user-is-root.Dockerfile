FROM alpine:3.20
RUN adduser -D app
USER root
# expect SW1001 3:6-3:10 Stage 0 runs as root: its last USER is 'root'
CMD ["sh"]
