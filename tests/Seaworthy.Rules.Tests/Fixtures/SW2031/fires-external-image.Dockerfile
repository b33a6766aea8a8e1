FROM scratch
COPY --from=busybox:1.36 / /
# expect SW2031 2:26-2:27 COPY --from=busybox:1.36 copies the whole filesystem ('/' to '/'): everything the other stage or image holds lands in this one
