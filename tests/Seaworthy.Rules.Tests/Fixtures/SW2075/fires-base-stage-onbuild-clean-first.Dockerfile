FROM node:22-alpine AS deps
WORKDIR /app
RUN yarn install --frozen-lockfile

FROM node:22-alpine AS tools
ONBUILD RUN yarn install

FROM deps
RUN yarn cache clean && yarn install --production
# expect SW2075 3:10-3:17 yarn install leaves its cache in the layer: run 'yarn cache clean' after it in the same RUN, or mount a cache on yarn's cache folder
# expect SW2075 6:18-6:25 yarn install leaves its cache in the layer: run 'yarn cache clean' after it in the same RUN, or mount a cache on yarn's cache folder
# expect SW2075 9:30-9:37 yarn install leaves its cache in the layer: run 'yarn cache clean' after it in the same RUN, or mount a cache on yarn's cache folder
