FROM golang:1.23 AS build
RUN go build -o /app .

# expect SW1004 5:1-5:17 Stage 1 defines no HEALTHCHECK, so nothing notices when the process hangs
FROM alpine:3.20
COPY --from=build /app /app
