FROM alpine:3.20
ENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"
# expect SW2027 2:24-2:28
