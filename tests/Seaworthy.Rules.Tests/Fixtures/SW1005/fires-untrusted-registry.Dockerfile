FROM quay.io/prometheus/node-exporter:v1.8.2
# expect SW1005 1:6-1:45
USER 65534
