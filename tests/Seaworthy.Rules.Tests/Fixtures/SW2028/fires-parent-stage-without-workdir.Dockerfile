FROM node:22-alpine AS base
RUN npm install -g pnpm

FROM base
COPY . src
# expect SW2028 5:8-5:11
