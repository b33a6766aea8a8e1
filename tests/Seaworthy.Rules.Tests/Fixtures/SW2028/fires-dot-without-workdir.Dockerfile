FROM node:22-alpine
COPY . .
# expect SW2028 2:8-2:9
