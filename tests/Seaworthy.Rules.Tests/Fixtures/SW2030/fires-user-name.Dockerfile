FROM node:22-alpine
USER node
# expect SW2030 2:6-2:10
