FROM ubuntu:24.04
RUN sudo apt-get -y install \
      -t noble-backports \
      git \
      ./tool.deb \
      "jq"
# expect SW2050 4:7-4:10
# expect SW2050 6:7-6:11
