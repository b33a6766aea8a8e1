FROM node:22-alpine
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn cache clean && yarn install --frozen-lockfile
RUN yarn
# expect SW2075 4:30-4:37 yarn install leaves its cache in the layer: run 'yarn cache clean' after it in the same RUN, or mount a cache on yarn's cache folder
# expect SW2075 5:5-5:9 yarn install leaves its cache in the layer: run 'yarn cache clean' after it in the same RUN, or mount a cache on yarn's cache folder
