FROM golang:1.23 AS build
RUN go build -o /app .

FROM build AS test
RUN go test ./...
