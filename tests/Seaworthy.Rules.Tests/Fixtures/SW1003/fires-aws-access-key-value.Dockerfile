FROM alpine:3.20
ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
# expect SW1003 2:23-2:43 Environment variable 'AWS_ACCESS_KEY_ID' holds an AWS access key id: value AKIA****************
