FROM alpine:3.20
ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}
# expect SW2027 2:35-2:42 ENV PATH refers to ${PATH}, but this same ENV sets PATH: every value of one ENV is expanded before any is set, so PATH gets the earlier value of PATH, or an empty string
