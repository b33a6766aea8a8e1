FROM alpine:3.20 AS base
USER app

FROM base
CMD ["sh"]
# expect SW2030 2:6-2:9 The image of stage 1 runs as 'app', a user name rather than a numeric uid: Kubernetes cannot verify runAsNonRoot for it
