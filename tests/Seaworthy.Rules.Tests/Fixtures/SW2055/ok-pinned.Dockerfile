FROM alpine:3.20
ARG PACKAGES
RUN apk add --no-cache curl=8.9.1-r0 git~2.45 "openssl>3" ./tool.apk $PACKAGES
RUN apk add -t .deps -X https://example.com/repo --repository https://example.com/other jq=1.7.1-r0
RUN apk del curl && apk upgrade
