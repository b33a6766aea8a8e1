FROM alpine:3.20
COPY --from=quay.io/coreos/etcd:v3.5.0 /usr/local/bin/etcd /usr/local/bin/
# expect SW1005 2:6-2:39 COPY --from uses image 'quay.io/coreos/etcd:v3.5.0' from 'quay.io', which is not among the trusted registries (docker.io, *.corp.example, ghcr.io/acme)
