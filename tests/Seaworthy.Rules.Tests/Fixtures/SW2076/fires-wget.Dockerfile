FROM debian:bookworm-slim
RUN wget -O /tmp/tool.tar.gz https://example.com/tool.tar.gz \
    && sudo wget -nc https://example.com/data.csv
# expect SW2076 2:5-2:9
# expect SW2076 3:13-3:17
