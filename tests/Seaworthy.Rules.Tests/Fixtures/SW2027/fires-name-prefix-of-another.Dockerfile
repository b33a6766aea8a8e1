FROM alpine:3.20
ENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"
# expect SW2027 2:24-2:28 ENV BLUBB refers to $BLA, but this same ENV sets BLA: every value of one ENV is expanded before any is set, so BLUBB gets the earlier value of BLA, or an empty string
