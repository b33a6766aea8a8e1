FROM node:22-alpine AS lint
WORKDIR /app
RUN yarn install --frozen-lockfile && yarn lint

FROM node:22-alpine
WORKDIR /app
RUN --mount=type=tmpfs,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile --production
