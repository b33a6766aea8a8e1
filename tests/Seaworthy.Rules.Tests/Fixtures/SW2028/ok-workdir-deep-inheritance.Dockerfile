FROM debian:bookworm AS base1
WORKDIR /usr
FROM base1 AS base2
RUN echo foo
FROM base2
COPY foo bar
