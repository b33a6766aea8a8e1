FROM alpine
# expect SW2010 3:5-3:20
ENV DEBIAN_FRONTEND noninteractive
# expect SW2010 5:7-5:14
LABEL version 1.0
