FROM golang:1.23 AS build
USER 1000
RUN go build -o /tmp/app .

# Built only with --target run: the target 'build' does not use it.
FROM alpine:3.20 AS run
COPY --from=build /tmp/app /app
