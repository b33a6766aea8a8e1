ARG GITHUB_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB
ARG NPM_TOKEN
ARG REGISTRY_PASSWORD="correct horse"
ARG BASE_TAG=3.20 AWS_SECRET_ACCESS_KEY
FROM alpine:${BASE_TAG}
ARG NPM_TOKEN
RUN echo building
# expect SW1003 1:18-1:60 Global build argument 'GITHUB_TOKEN' holds a GitHub token: value ghp_****************
# expect SW1003 2:5-2:14 Global build argument 'NPM_TOKEN' looks like a secret (its name contains 'token'): value (no value)
# expect SW1003 3:5-3:22 Global build argument 'REGISTRY_PASSWORD' looks like a secret (its name contains 'password'): value ********
# expect SW1003 4:19-4:40 Global build argument 'AWS_SECRET_ACCESS_KEY' looks like a secret (its name contains 'secret'): value (no value)
# expect SW1003 6:5-6:14 Build argument 'NPM_TOKEN' looks like a secret (its name contains 'token'): value (no value)
