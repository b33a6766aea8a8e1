FROM alpine
# expect SW2019 3:6-3:10
COPY $SRC /dst
ARG SRC=app
