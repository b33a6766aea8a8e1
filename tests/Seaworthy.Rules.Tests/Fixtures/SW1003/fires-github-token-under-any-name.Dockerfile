FROM alpine:3.20
ENV GREETING=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB
# expect SW1003 2:14-2:56 Environment variable 'GREETING' holds a GitHub token: value ghp_****************
