ARG VERSION=3.20
ENV APP=demo
LABEL maintainer="team@example.com"
# expect SW2021 2:1-2:4 ENV is not inside a build stage: only ARG may come before the first FROM (BuildKit fails with "no build stage in current context")
# expect SW2021 3:1-3:6 LABEL is not inside a build stage: only ARG may come before the first FROM (BuildKit fails with "no build stage in current context")
FROM alpine:${VERSION}
