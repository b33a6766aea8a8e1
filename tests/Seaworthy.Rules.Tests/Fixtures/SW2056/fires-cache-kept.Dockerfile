FROM alpine:3.20
RUN apk update && apk add curl=8.9.1-r0
RUN --mount=type=cache,target=/root/.cache sudo apk add -t .deps gcc
# expect SW2056 2:19-2:22 apk add without --no-cache keeps the package index in the image: add --no-cache
# expect SW2056 3:49-3:52 apk add without --no-cache keeps the package index in the image: add --no-cache
