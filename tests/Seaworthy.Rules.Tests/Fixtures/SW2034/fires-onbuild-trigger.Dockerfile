FROM alpine:3.20
ONBUILD COPY app.jar
ONBUILD RUNN make
# expect SW2034 2:14-2:21
# expect SW2034 3:9-3:13
