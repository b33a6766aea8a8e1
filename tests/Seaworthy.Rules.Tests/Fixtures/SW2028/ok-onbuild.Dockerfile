FROM node:22-alpine
ONBUILD COPY . .
