FROM opensuse/leap:15.6
RUN zypper -n in vim=9.1 && zypper clean --all && zypper -n remove nano
RUN zypper cc && zypper rm -y wget
RUN zypper -n rm vim
RUN zypper -n patch && zypper cc -a
# expect SW2065 2:51-2:57 zypper remove leaves its cache in the image: run 'zypper clean --all' later in the same RUN
# expect SW2065 3:18-3:24 zypper rm leaves its cache in the image: run 'zypper clean --all' later in the same RUN
# expect SW2065 4:5-4:11 zypper rm leaves its cache in the image: run 'zypper clean --all' later in the same RUN
