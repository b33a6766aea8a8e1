FROM alpine:3.20 AS test
RUN echo "runs only with --target test"

FROM nginx:1.27-alpine
HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
