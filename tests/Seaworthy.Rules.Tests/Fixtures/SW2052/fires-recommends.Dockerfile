FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u12
RUN env DEBIAN_FRONTEND=noninteractive apt-get -y install \
      git=1:2.39.5-0+deb12u2
# expect SW2052 2:23-2:30 apt-get install without --no-install-recommends also installs every recommended package: add --no-install-recommends
# expect SW2052 3:40-3:47 apt-get install without --no-install-recommends also installs every recommended package: add --no-install-recommends
