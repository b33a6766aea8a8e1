FROM opensuse/leap:15.6
RUN zypper -n dist-upgrade
RUN sudo zypper --non-interactive dup --no-recommends && zypper clean --all
# expect SW2064 2:15-2:27
# expect SW2064 3:35-3:38
