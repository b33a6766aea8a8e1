ARG TAG=latest
# expect SW2011 3:19-3:28
FROM alpine:${TAG}${SUFFIX}
