FROM node:22-alpine
COPY package.json ./
WORKDIR /app
COPY . .
# expect SW2028 2:19-2:21 COPY to the relative destination './' while no WORKDIR is set in stage 0: where it lands depends on the base image's working directory
