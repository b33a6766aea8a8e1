FROM ghcr.io/acme/api:2.1.0
