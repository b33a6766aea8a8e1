FROM alpine:3.20
ONBUILD COPY --from=builder / /
# expect SW2031 2:29-2:30 COPY --from=builder copies the whole filesystem ('/' to '/'): everything the other stage or image holds lands in this one
