FROM node:22-alpine AS base
RUN npm install -g pnpm

FROM base
COPY . src
# expect SW2028 5:8-5:11 COPY to the relative destination 'src' while no WORKDIR is set in stage 1: where it lands depends on the base image's working directory
