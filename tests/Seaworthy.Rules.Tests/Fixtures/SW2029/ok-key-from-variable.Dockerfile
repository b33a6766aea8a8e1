FROM alpine:3.20
ARG PREFIX=com.example
LABEL ${PREFIX}.build=1
