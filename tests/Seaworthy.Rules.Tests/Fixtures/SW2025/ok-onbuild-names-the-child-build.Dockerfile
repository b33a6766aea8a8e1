FROM alpine:3.20 AS builder
ONBUILD COPY --from=builder /out/app /usr/local/bin/app
