FROM debian:12
RUN apt-get update && apt-get install -y --only-upgrade openssl && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*
RUN echo apt-get dist-upgrade && apt-get install -y dist-upgrade
