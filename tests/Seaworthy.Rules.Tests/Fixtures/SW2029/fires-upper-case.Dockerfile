FROM alpine:3.20
LABEL Version="1.0"
# expect SW2029 2:7-2:14
