FROM alpine
RUN echo $NOT_DEFINED
