FROM alpine:3.20
USER root
# expect SW1001 2:6-2:10 Service 'app' (built from Dockerfile.app) runs as root: its last USER is 'root'
