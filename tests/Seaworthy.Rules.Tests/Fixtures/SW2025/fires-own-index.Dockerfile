FROM golang:1.23 AS builder
RUN go build -o /out/app .

FROM alpine:3.20
COPY --from=1 /out/app /usr/local/bin/app
# expect SW2025 5:13-5:14 COPY --from=1 names stage 1, the stage this COPY is in: a stage cannot copy from itself, so the build fails
