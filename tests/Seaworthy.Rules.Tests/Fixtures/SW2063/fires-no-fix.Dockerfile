FROM opensuse/leap:15.6
RUN ["zypper", "install", "curl=8.6.0"]
# expect SW2063 2:6-2:14 zypper install without -n asks for confirmation, which fails a build: use 'zypper -n install'
