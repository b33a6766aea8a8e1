FROM ubuntu:24.04
RUN apt update && sudo /usr/bin/apt install -y curl
# expect SW2054 2:5-2:8 apt is made for terminals and its command line may change: use apt-get or apt-cache
# expect SW2054 2:24-2:36 apt is made for terminals and its command line may change: use apt-get or apt-cache
