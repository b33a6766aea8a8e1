FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0
RUN zypper clean && sudo zypper -n in git=2.43.0
# expect SW2065 2:5-2:11 zypper install leaves its cache in the image: run 'zypper clean --all' later in the same RUN
# expect SW2065 3:26-3:32 zypper in leaves its cache in the image: run 'zypper clean --all' later in the same RUN
