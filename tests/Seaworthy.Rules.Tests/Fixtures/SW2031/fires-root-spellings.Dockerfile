FROM alpine:3.20 AS base
FROM scratch
COPY --from=0 /. "/"
# expect SW2031 3:15-3:17 COPY --from=0 copies the whole filesystem ('/' to '/'): everything the other stage or image holds lands in this one
