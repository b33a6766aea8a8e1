FROM alpine:3.20
COPY --from=1 /dist /srv/www

FROM node:22-alpine
RUN npm run build
# expect SW2024 2:13-2:14
