FROM alpine
# expect SW2017 4:1-4:1 Empty continuation line: BuildKit skips it today, but a future release will end the instruction here
RUN echo a \

    echo b
