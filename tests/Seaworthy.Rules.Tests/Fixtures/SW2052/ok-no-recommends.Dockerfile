FROM debian:bookworm-slim
ARG APT_FLAGS
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN apt-get install -y -o APT::Install-Recommends=false git && apt-get install -y $APT_FLAGS jq
RUN apt-get update && apt-get -y dist-upgrade
