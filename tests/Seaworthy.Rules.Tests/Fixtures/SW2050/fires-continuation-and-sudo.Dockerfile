FROM ubuntu:24.04
RUN sudo apt-get -y install \
      -t noble-backports \
      git \
      ./tool.deb \
      "jq"
# expect SW2050 4:7-4:10 apt-get install 'git' has no version: pin it as 'git=<version>'
# expect SW2050 6:7-6:11 apt-get install 'jq' has no version: pin it as 'jq=<version>'
