FROM alpine:3.20
RUN apk add --no-cache curl
RUN apk --no-cache add --virtual .build-deps \
      -X https://dl-cdn.alpinelinux.org/alpine/edge/testing \
      gcc=13.2.1_git20240309-r0 musl-dev
# expect SW2055 2:24-2:28 apk add 'curl' has no version: pin it as 'curl=<version>'
# expect SW2055 5:33-5:41 apk add 'musl-dev' has no version: pin it as 'musl-dev=<version>'
