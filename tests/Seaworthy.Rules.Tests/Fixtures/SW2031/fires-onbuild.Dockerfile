FROM alpine:3.20
ONBUILD COPY --from=builder / /
# expect SW2031 2:29-2:30
