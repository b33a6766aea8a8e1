FROM opensuse/leap:15.6
RUN zypper -n install curl && zypper clean --all
RUN zypper -n in -r oss \
      git=2.43.0 \
      jq \
 && zypper clean --all
# expect SW2066 2:23-2:27 zypper install 'curl' has no version: pin it as 'curl=<version>'
# expect SW2066 5:7-5:9 zypper install 'jq' has no version: pin it as 'jq=<version>'
