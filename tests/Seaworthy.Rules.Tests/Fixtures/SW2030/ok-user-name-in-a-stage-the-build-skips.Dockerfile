FROM node:22-alpine AS dev
USER node

FROM node:22-alpine AS prod
USER 1000
