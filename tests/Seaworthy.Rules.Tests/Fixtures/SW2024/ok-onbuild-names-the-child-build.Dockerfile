FROM golang:1.23
ONBUILD COPY --from=builder /out/app /usr/local/bin/app
