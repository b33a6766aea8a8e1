FROM debian:bookworm-slim
RUN wget \
      https://example.com/tool.tar.gz
# expect SW2076 2:5-2:9 wget without --progress, -q or -nv fills the build log with progress output: add --progress=dot:giga or -nv
