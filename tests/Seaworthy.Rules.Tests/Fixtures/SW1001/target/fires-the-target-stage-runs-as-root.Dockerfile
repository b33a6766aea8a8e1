# expect SW1001 2:1-2:26 Stage 'build' runs as root: no USER instruction sets a user, so it keeps the base image's user (root for most images)
FROM golang:1.23 AS build
RUN go build -o /app .

FROM gcr.io/distroless/static:nonroot AS run
COPY --from=build /app /app
USER 1000
