FROM golang:1.23 AS build
FROM scratch
COPY --from=build /app /app
COPY --from=0 /etc/ssl /etc/ssl
