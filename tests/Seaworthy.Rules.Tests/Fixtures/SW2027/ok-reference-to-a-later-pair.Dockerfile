FROM alpine:3.20
ENV B=$A A=1
