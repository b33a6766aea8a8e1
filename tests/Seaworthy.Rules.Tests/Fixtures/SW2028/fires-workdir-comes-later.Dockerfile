FROM node:22-alpine
COPY package.json ./
WORKDIR /app
COPY . .
# expect SW2028 2:19-2:21
