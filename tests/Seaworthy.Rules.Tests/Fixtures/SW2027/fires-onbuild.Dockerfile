FROM alpine:3.20
ONBUILD ENV SRC=/src OUT=$SRC/out
# expect SW2027 2:26-2:30
