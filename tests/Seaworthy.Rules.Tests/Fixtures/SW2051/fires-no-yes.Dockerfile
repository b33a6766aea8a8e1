FROM debian:bookworm-slim
RUN apt-get update && apt-get install curl=7.88.1-10+deb12u12
RUN sudo apt-get -q install --no-install-recommends git=1:2.39.5-0+deb12u2
# expect SW2051 2:23-2:30 apt-get install without -y asks for confirmation, which fails a build: add -y
# expect SW2051 3:10-3:17 apt-get install without -y asks for confirmation, which fails a build: add -y
