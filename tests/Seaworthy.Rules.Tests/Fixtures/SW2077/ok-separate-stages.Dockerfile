FROM debian:bookworm-slim AS fetch
RUN curl -fsSLo /tmp/a.tar.gz https://example.com/a.tar.gz

FROM alpine:3.20
RUN wget -q https://example.com/b.tar.gz \
    && command -v curl
ONBUILD RUN curl -fsSL https://example.com/c.sh
