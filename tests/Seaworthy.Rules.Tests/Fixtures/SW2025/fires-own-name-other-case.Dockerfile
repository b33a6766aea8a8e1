FROM alpine:3.20 AS runtime
COPY --from=Runtime /etc/hosts /tmp/hosts
# expect SW2025 2:13-2:20 COPY --from=Runtime names stage 'runtime', the stage this COPY is in: a stage cannot copy from itself, so the build fails
