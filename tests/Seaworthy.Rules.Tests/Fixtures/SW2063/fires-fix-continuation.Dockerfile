FROM opensuse/leap:15.6
RUN zypper \
      install curl=8.6.0 \
 && zypper clean
# expect SW2063 2:5-2:11 zypper install without -n asks for confirmation, which fails a build: use 'zypper -n install'
