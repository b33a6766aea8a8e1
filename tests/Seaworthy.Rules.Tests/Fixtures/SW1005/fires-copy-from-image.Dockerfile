FROM alpine:3.20
COPY --from=quay.io/coreos/etcd:v3.5.0 /usr/local/bin/etcd /usr/local/bin/
# expect SW1005 2:6-2:39
