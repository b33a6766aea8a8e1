FROM golang:1.23 AS build
USER root
RUN go build -o /app .

# expect SW1001 6:1-6:24 Stage 'run' runs as root: no USER instruction sets a user, so it keeps the base image's user (root for most images)
FROM alpine:3.20 AS run
COPY --from=build /app /app
