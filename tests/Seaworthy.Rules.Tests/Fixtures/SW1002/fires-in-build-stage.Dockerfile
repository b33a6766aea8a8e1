FROM golang AS build
# expect SW1002 1:6-1:12
RUN go build -o /app .

FROM alpine:3.20
COPY --from=build /app /app
USER app
