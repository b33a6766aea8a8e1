FROM alpine:3.20
LABEL Maintainer someone@example.com
# expect SW2029 2:7-2:17
