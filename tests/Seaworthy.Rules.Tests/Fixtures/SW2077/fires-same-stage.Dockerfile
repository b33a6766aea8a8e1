FROM debian:bookworm-slim AS tools
RUN curl -fsSLo /tmp/a.tar.gz https://example.com/a.tar.gz
RUN wget -nv https://example.com/b.tar.gz \
    && sudo wget -q https://example.com/c.tar.gz
# expect SW2077 3:5-3:9
# expect SW2077 4:13-4:17
