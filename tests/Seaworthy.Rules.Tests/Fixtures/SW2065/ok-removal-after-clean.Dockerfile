FROM opensuse/leap:15.6
RUN zypper -n in vim=9.1 && zypper clean --all && zypper -n remove nano
RUN zypper cc && zypper rm -y wget
RUN zypper -n patch && zypper cc -a
