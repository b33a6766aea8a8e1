FROM alpine:3.20
ONBUILD ENV SRC=/src OUT=$SRC/out
# expect SW2027 2:26-2:30 ENV OUT refers to $SRC, but this same ENV sets SRC: every value of one ENV is expanded before any is set, so OUT gets the earlier value of SRC, or an empty string
