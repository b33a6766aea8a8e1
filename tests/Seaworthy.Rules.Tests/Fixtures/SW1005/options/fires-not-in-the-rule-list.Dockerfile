FROM alpine:3.20
# expect SW1005 1:6-1:17 Stage 0 uses image 'alpine:3.20' from 'docker.io', which is not among the trusted registries (quay.io, *.corp.example)
USER 65534
