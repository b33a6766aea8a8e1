FROM golang:1.23 AS builder
USER builder
RUN go build -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=builder /out/app /app
USER 65532
