FROM alpine
# expect SW2007 3:1-3:11
MAINTAINER someone@example.com
