FROM node:22-alpine AS base
WORKDIR /app

FROM base
COPY . .
