FROM alpine:3.20
ARG APK_FLAGS
RUN apk add --no-cache curl && apk --no-cache add git
RUN --mount=type=cache,target=/var/cache/apk apk add jq
RUN --mount=type=cache,id=apk,target=/etc/apk/cache,sharing=locked apk add less
RUN apk $APK_FLAGS add bash && apk del curl
