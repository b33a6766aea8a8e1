FROM alpine:3.20
EXPOSE 80 22/tcp
# expect SW1006 2:11-2:17 Stage 0 exposes port 22/tcp, the SSH port: containers are entered with docker exec or kubectl exec, not SSH
USER 1000
