FROM opensuse/leap:15.6
RUN zypper -n dist-upgrade
RUN sudo zypper --non-interactive dup --no-recommends && zypper clean --all
# expect SW2064 2:15-2:27 zypper dist-upgrade upgrades the whole distribution to whatever the repositories hold: use a newer base image, or install or update the packages you need
# expect SW2064 3:35-3:38 zypper dup upgrades the whole distribution to whatever the repositories hold: use a newer base image, or install or update the packages you need
