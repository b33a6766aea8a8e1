FROM node:22-alpine
COPY package.json package-lock.json /app
# expect SW2023 2:37-2:41
