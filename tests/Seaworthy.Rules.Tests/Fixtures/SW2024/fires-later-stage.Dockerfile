FROM alpine:3.20 AS app
COPY --from=assets /dist /srv/www

FROM node:22-alpine AS assets
RUN npm run build
# expect SW2024 2:13-2:19 COPY --from=assets names stage 'assets', which starts later (line 4): a stage can only copy from stages before it, so the build fails
