FROM alpine
# expect SW2017 4:1-4:1
RUN echo a \

    echo b
