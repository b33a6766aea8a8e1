FROM opensuse/leap:15.6
RUN zypper -n install \
      curl=8.6.0
# expect SW2065 2:5-2:11 zypper install leaves its cache in the image: run 'zypper clean --all' later in the same RUN
