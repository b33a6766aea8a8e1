FROM golang AS build
# expect SW1002 1:6-1:12 Stage 'build' uses image 'golang' without a tag, so every build may get a different image
RUN go build -o /app .

FROM alpine:3.20
COPY --from=build /app /app
USER app
