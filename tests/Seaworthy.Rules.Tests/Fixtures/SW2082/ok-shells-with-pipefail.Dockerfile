FROM alpine:3.20
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
RUN wget -qO- https://example.com/x | tar xz

FROM debian:12 AS korn
SHELL ["/bin/mksh", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/y | tar xz

FROM debian:12 AS zsh
SHELL ["/usr/bin/env", "zsh", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/z | tar xz

FROM debian:12 AS script
SHELL ["/bin/sh", "-c"]
RUN set -o pipefail && curl -fsSL https://example.com/w | tar xz
