RUN echo "no stage yet"
# expect SW2021 1:1-1:4 RUN is not inside a build stage: only ARG may come before the first FROM (BuildKit fails with "no build stage in current context")
FROM alpine:3.20
