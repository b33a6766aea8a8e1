FROM node:22-alpine AS dev
# expect SW2030 3:6-3:10 The image of stage 'dev' runs as 'node', a user name rather than a numeric uid: Kubernetes cannot verify runAsNonRoot for it
USER node

FROM node:22-alpine AS prod
USER 1000
