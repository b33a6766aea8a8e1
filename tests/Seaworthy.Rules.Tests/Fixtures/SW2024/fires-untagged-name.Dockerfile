FROM alpine:3.20
COPY --from=busybox /bin/busybox /bin/busybox
# expect SW2024 2:13-2:20 COPY --from=busybox names no stage of this file and does not look like an image (no tag, digest or registry): BuildKit would pull an image of that name
