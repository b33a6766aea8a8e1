FROM debian:12
RUN apt-get update
# install the tools
RUN apt-get install -y curl
RUN --mount=type=cache,target=/root/.cache pip install a
RUN --mount=type=cache,target=/root/.cache pip check
# expect SW2089 4:1-4:4 RUN follows another RUN with the same flags: join them with && to build one layer
# expect SW2089 6:1-6:4 RUN follows another RUN with the same flags: join them with && to build one layer
