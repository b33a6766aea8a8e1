FROM alpine:3.20
USER 10001
RUN echo done
USER nobody
# expect SW2030 4:6-4:12
