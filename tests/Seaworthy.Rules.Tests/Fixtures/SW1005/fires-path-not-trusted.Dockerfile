FROM ghcr.io/other/app:1.0
# expect SW1005 1:6-1:27 Stage 0 uses image 'ghcr.io/other/app:1.0' from 'ghcr.io', which is not among the trusted registries (docker.io, *.corp.example, ghcr.io/acme)
