FROM opensuse/leap:15.6
RUN zypper -n install curl && zypper clean --all
RUN zypper -n in -r oss \
      git=2.43.0 \
      jq \
 && zypper clean --all
# expect SW2066 2:23-2:27
# expect SW2066 5:7-5:9
