FROM alpine:3.20 AS runtime
COPY --from=Runtime /etc/hosts /tmp/hosts
# expect SW2025 2:13-2:20
