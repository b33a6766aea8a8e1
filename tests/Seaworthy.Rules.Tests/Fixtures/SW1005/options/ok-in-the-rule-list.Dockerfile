FROM quay.io/prometheus/node-exporter:v1.8.2
COPY --from=registry.corp.example/tools:1.0 /bin/tool /bin/tool
USER 65534
