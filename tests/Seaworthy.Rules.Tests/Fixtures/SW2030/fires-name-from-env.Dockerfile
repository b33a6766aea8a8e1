FROM alpine:3.20
ENV APP_USER=app
USER ${APP_USER}
# expect SW2030 3:6-3:17 The image of stage 0 runs as 'app', a user name rather than a numeric uid: Kubernetes cannot verify runAsNonRoot for it
