FROM alpine:3.20
ONBUILD LABEL Build.Number=1
# expect SW2029 2:15-2:27
