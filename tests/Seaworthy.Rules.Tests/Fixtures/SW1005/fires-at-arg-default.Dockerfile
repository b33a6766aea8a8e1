ARG BASE=gcr.io/distroless/static:nonroot
# expect SW1005 1:10-1:42 Stage 0 uses image 'gcr.io/distroless/static:nonroot' from 'gcr.io', which is not among the trusted registries (docker.io, *.corp.example, ghcr.io/acme)
FROM ${BASE}
