FROM alpine:3.20
ARG NPM_TOKEN
# expect SW1003 2:5-2:14 Build argument 'NPM_TOKEN' looks like a secret (its name contains 'token'): value (no value)
RUN npm ci
