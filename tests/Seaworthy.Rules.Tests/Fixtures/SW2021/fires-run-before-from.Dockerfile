RUN echo "no stage yet"
# expect SW2021 1:1-1:4
FROM alpine:3.20
