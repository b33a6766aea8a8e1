ARG REGISTRY=registry.example.com:5000
FROM ${REGISTRY}/team/app:1.4.2
