# docker build builds the last stage; 'debug' is not built unless --target debug names it.
FROM alpine:3.20 AS debug
USER root
RUN apk add --no-cache strace=6.10-r0

FROM alpine:3.20 AS run
USER 1000
