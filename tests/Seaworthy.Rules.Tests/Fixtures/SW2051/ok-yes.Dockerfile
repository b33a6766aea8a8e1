FROM debian:bookworm-slim
ARG APT_FLAGS
RUN apt-get update && apt-get install -y curl
RUN apt-get --yes install curl && apt-get install --assume-yes git
RUN apt-get -qq install curl && apt-get -q=2 install git && apt-get -q -q install jq
RUN apt-get -o APT::Get::Assume-Yes=true install curl && apt-get $APT_FLAGS install git
RUN apt-get update && apt-get upgrade
