FROM opensuse/leap:15.6
RUN sudo zypper -n install git=2.43.0
RUN ["zypper", "-n", "install", "vim=9.1"]
# expect SW2065 2:10-2:16 zypper install leaves its cache in the image: run 'zypper clean --all' later in the same RUN
# expect SW2065 3:6-3:14 zypper install leaves its cache in the image: run 'zypper clean --all' later in the same RUN
