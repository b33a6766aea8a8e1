FROM node:22-alpine
COPY . .
# expect SW2028 2:8-2:9 COPY to the relative destination '.' while no WORKDIR is set in stage 0: where it lands depends on the base image's working directory
