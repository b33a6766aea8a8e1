FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt install -y curl
RUN apt-get update -qq && apt-get upgrade -y
RUN apk update && apk add --no-cache curl
RUN apk update && apk upgrade
RUN echo apt-get update
