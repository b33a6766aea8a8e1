FROM scratch
COPY --from=busybox:1.36 / /
# expect SW2031 2:26-2:27
