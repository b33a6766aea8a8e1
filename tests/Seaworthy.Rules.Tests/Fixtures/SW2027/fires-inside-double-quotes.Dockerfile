FROM alpine:3.20
ENV NAME=demo GREETING="hello $NAME"
# expect SW2027 2:31-2:36
