FROM debian:bookworm-slim
RUN wget -q https://example.com/a \
    && wget -nv https://example.com/b \
    && wget --progress=dot:giga https://example.com/c \
    && wget -qO- https://example.com/d \
    && wget --no-verbose https://example.com/e \
    && wget -o /tmp/wget.log https://example.com/f \
    && wget -a /tmp/wget.log https://example.com/g \
    && wget $WGET_OPTS https://example.com/h \
    && curl -fsSLO https://example.com/i
