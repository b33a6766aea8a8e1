arg X=1
FROM alpine
RUN true
