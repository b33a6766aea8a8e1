FROM alpine
RUN echo $NOT_DEFINED
CMD ["sh", "-c", "echo $X"]
