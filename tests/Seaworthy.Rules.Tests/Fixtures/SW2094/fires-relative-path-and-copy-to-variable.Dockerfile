FROM node:22-alpine AS build
RUN npm ci

FROM node:22-alpine
ARG AWS_CONFIG_FILE=/home/node/.aws/config
COPY aws/ /home/node/.aws/
COPY deploy/credentials $AWS_SHARED_CREDENTIALS_FILE
WORKDIR /opt/bot
COPY bot.js token.json ./
ENV HF_TOKEN_PATH="token.json"
# expect SW2094 5:5-5:20 'AWS_CONFIG_FILE' points to '/home/node/.aws/config', which COPY fills from the build context: the credentials file is then a layer of the image; mount it when the container runs, or with RUN --mount=type=secret
# expect SW2094 7:25-7:53 COPY writes a file from the build context where 'AWS_SHARED_CREDENTIALS_FILE' points: the credentials file is then a layer of the image; mount it when the container runs, or with RUN --mount=type=secret
# expect SW2094 10:5-10:18 'HF_TOKEN_PATH' points to 'token.json', which COPY fills from the build context: the credentials file is then a layer of the image; mount it when the container runs, or with RUN --mount=type=secret
