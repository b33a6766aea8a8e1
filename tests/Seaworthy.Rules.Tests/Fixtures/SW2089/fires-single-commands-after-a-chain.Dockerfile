FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends make
RUN make
RUN make install
# expect SW2089 4:1-4:4 RUN follows another RUN with the same flags: join them with && to build one layer
