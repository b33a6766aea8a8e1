FROM golang:1.23 AS build
USER root
RUN go build -o /app .

# expect SW1001 6:1-6:24
FROM alpine:3.20 AS run
COPY --from=build /app /app
