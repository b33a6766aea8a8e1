FROM debian:bookworm-slim
RUN ["wget", "https://example.com/other.tar.gz"]
# expect SW2076 2:6-2:12 wget without --progress, -q or -nv fills the build log with progress output: add --progress=dot:giga or -nv
