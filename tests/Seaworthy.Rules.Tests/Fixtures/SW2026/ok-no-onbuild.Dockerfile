FROM alpine:3.20
RUN echo "ONBUILD FROM is just text here"
