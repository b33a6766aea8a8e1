FROM alpine:3.20
RUN --mount=type=bind,from=quay.io/x/tools:1,target=/t /t/run
# expect SW1005 2:5-2:55 RUN --mount uses image 'quay.io/x/tools:1' from 'quay.io', which is not among the trusted registries (docker.io, *.corp.example, ghcr.io/acme)
