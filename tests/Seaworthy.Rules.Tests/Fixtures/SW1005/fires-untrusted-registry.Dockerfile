FROM quay.io/prometheus/node-exporter:v1.8.2
# expect SW1005 1:6-1:45 Stage 0 uses image 'quay.io/prometheus/node-exporter:v1.8.2' from 'quay.io', which is not among the trusted registries (docker.io, *.corp.example, ghcr.io/acme)
USER 65534
