FROM ubuntu:24.04
RUN sudo apt-get update && \
    /usr/bin/sudo -u app make install
# expect SW2080 2:5-2:9 'sudo' in RUN: switch users with USER instead, and drop sudo from the image
# expect SW2080 3:5-3:18 'sudo' in RUN: switch users with USER instead, and drop sudo from the image
RUN ["sudo", "true"]
# expect SW2080 6:6-6:12 'sudo' in RUN: switch users with USER instead, and drop sudo from the image
