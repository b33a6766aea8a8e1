FROM debian:trixie-slim
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates; \
    apt-get dist-clean
RUN apt update && apt install -y --no-install-recommends tzdata && apt dist-clean
RUN apt-get -q update && apt-get install -y -q wget && apt-get -y dist-clean
