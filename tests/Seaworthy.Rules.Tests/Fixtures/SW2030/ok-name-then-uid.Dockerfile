FROM alpine:3.20
USER app
RUN echo as app
USER 10001
