FROM node:22-alpine
COPY package.json package-lock.json /app
# expect SW2023 2:37-2:41 COPY has 2 sources, so its destination '/app' must be a directory and end with '/'
