FROM node:22-alpine
USER node
# expect SW2030 2:6-2:10 The image of stage 0 runs as 'node', a user name rather than a numeric uid: Kubernetes cannot verify runAsNonRoot for it
