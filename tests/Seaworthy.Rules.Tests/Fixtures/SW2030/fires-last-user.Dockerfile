FROM alpine:3.20
USER 10001
RUN echo done
USER nobody
# expect SW2030 4:6-4:12 The image of stage 0 runs as 'nobody', a user name rather than a numeric uid: Kubernetes cannot verify runAsNonRoot for it
