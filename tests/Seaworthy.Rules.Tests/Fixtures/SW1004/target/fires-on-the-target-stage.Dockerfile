# expect SW1004 2:1-2:26 Stage 'build' defines no HEALTHCHECK, so nothing notices when the process hangs
FROM golang:1.23 AS build
RUN go build -o /app .

FROM alpine:3.20 AS run
COPY --from=build /app /app
HEALTHCHECK CMD ["/app", "-health"]
