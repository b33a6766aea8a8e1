FROM alpine:3.20
ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}
# expect SW2027 2:35-2:42
