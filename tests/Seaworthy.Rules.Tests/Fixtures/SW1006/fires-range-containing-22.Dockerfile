FROM alpine:3.20
EXPOSE 20-30
# expect SW1006 2:8-2:13 Stage 0 exposes port 20-30, the SSH port: containers are entered with docker exec or kubectl exec, not SSH
