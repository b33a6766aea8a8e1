FROM ubuntu:24.04
RUN sudo apt-get update && \
    /usr/bin/sudo -u app make install
# expect SW2080 2:5-2:9
# expect SW2080 3:5-3:18
RUN ["sudo", "true"]
# expect SW2080 6:6-6:12
