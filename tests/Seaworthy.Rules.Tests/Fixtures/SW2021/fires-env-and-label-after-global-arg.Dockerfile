ARG VERSION=3.20
ENV APP=demo
LABEL maintainer="team@example.com"
# expect SW2021 2:1-2:4
# expect SW2021 3:1-3:6
FROM alpine:${VERSION}
