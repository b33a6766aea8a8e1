ARG BASE=gcr.io/distroless/static:nonroot
# expect SW1005 1:10-1:42
FROM ${BASE}
