FROM golang:1.23 AS builder
RUN go build -o /out/app .
COPY --from=builder /out/app /usr/local/bin/app
# expect SW2025 3:13-3:20 COPY --from=builder names stage 'builder', the stage this COPY is in: a stage cannot copy from itself, so the build fails
