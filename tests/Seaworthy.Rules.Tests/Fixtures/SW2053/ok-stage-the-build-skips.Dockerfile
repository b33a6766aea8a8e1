FROM debian:bookworm-slim AS tools
RUN apt-get update && apt-get install -y --no-install-recommends gdb=13.1-3

FROM debian:bookworm-slim
RUN echo "the image built"
