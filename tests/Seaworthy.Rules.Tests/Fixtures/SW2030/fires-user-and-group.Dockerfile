FROM alpine:3.20
RUN addgroup -S app && adduser -S app -G app
USER app:app
# expect SW2030 3:6-3:9 The image of stage 0 runs as 'app', a user name rather than a numeric uid: Kubernetes cannot verify runAsNonRoot for it
