FROM alpine
RUN echo a \
# note
    echo b
