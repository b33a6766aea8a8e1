FROM alpine:3.20
ARG NPM_TOKEN
# expect SW1003 2:5-2:14
RUN npm ci
