FROM debian:bookworm-slim AS tools
RUN curl -fsSLo /tmp/a.tar.gz https://example.com/a.tar.gz
RUN wget -nv https://example.com/b.tar.gz \
    && sudo wget -q https://example.com/c.tar.gz
# expect SW2077 3:5-3:9 Stage 'tools' uses curl as well as wget: download with one tool only, so the image needs only one
# expect SW2077 4:13-4:17 Stage 'tools' uses curl as well as wget: download with one tool only, so the image needs only one
