FROM golang:1.23 AS builder
FROM alpine:3.20
COPY --from=builder /out/app.log /
COPY README.md *.log /docs/
COPY <<app.log /tmp/
hello
app.log
