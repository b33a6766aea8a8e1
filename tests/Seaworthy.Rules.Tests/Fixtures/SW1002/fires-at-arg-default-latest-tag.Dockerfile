ARG NODE_TAG=latest
# expect SW1002 1:14-1:20
FROM node:${NODE_TAG}
