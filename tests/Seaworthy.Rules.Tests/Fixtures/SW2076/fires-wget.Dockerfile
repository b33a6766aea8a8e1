FROM debian:bookworm-slim
RUN wget -O /tmp/tool.tar.gz https://example.com/tool.tar.gz \
    && sudo wget -nc https://example.com/data.csv
# expect SW2076 2:5-2:9 wget without --progress, -q or -nv fills the build log with progress output: add --progress=dot:giga or -nv
# expect SW2076 3:13-3:17 wget without --progress, -q or -nv fills the build log with progress output: add --progress=dot:giga or -nv
