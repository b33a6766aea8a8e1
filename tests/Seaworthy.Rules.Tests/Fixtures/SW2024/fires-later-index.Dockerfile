FROM alpine:3.20
COPY --from=1 /dist /srv/www

FROM node:22-alpine
RUN npm run build
# expect SW2024 2:13-2:14 COPY --from=1 names stage 1, which starts later (line 4): a stage can only copy from stages before it, so the build fails
