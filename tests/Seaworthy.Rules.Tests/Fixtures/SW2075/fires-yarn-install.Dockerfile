FROM node:22-alpine
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn cache clean && yarn install --frozen-lockfile
RUN yarn
# expect SW2075 4:30-4:37
# expect SW2075 5:5-5:9
