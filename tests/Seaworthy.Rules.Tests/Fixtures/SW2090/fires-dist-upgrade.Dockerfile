FROM debian:12
RUN apt-get update && apt-get -y dist-upgrade && rm -rf /var/lib/apt/lists/*
RUN apt update && apt full-upgrade -y
RUN sudo apt-get -o Dpkg::Options::=--force-confold dist-upgrade -y
# expect SW2090 2:34-2:46 apt-get dist-upgrade upgrades the whole distribution to whatever the repositories hold: use a newer base image, or install or upgrade the packages you need
# expect SW2090 3:23-3:35 apt full-upgrade upgrades the whole distribution to whatever the repositories hold: use a newer base image, or install or upgrade the packages you need
# expect SW2090 4:53-4:65 apt-get dist-upgrade upgrades the whole distribution to whatever the repositories hold: use a newer base image, or install or upgrade the packages you need
