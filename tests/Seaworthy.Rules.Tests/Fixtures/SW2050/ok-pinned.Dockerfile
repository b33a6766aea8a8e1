FROM debian:bookworm-slim
ARG PACKAGES
RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u12 git/bookworm-backports /tmp/tool.deb $PACKAGES
RUN apt-get remove -y curl
