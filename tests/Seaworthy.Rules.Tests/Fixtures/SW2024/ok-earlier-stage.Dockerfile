FROM golang:1.23 AS builder
RUN go build -o /out/app .

FROM alpine:3.20
COPY --from=builder /out/app /usr/local/bin/app
COPY --from=0 /out/app /usr/local/bin/app2
