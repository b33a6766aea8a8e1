FROM alpine:3.20
COPY --from=busybox /bin/busybox /bin/busybox
# expect SW2024 2:13-2:20
