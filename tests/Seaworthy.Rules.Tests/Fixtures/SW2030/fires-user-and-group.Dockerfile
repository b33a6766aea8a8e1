FROM alpine:3.20
RUN addgroup -S app && adduser -S app -G app
USER app:app
# expect SW2030 3:6-3:9
