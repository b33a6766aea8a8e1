FROM alpine:3.20
ENV PATH=/opt/app/bin:$PATH LANG=C.UTF-8
