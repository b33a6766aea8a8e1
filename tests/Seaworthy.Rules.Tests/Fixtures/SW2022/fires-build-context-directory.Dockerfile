FROM node:22-alpine
WORKDIR /app
ADD . /app
# expect SW2022 3:5-3:6
