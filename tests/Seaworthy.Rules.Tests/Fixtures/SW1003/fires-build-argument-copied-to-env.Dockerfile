FROM node:22-alpine
ARG NPM_TOKEN
# expect SW1003 2:5-2:14 Build argument 'NPM_TOKEN' looks like a secret (its name contains 'token'): value (no value)
ENV NODE_AUTH_TOKEN=${NPM_TOKEN}
# expect SW1003 4:5-4:20 Environment variable 'NODE_AUTH_TOKEN' looks like a secret (its name contains 'auth'): value ********
