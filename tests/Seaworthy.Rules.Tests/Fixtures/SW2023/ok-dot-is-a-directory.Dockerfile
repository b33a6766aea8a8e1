FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json .
COPY tsconfig.json tsconfig.build.json ./
COPY a b ..
