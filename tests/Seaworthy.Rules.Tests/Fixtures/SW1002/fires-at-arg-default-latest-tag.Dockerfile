ARG NODE_TAG=latest
# expect SW1002 1:14-1:20 Stage 0 uses image 'node:latest' with the moving tag 'latest', so every build may get a different image ('node:${NODE_TAG}' with its ARG defaults)
FROM node:${NODE_TAG}
