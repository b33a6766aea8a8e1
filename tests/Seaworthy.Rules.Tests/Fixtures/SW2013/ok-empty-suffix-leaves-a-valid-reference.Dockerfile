ARG V
FROM alpine:3.19${V}
