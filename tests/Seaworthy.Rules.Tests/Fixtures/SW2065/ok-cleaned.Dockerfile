FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0 && zypper clean --all
RUN zypper -n in git=2.43.0 && zypper cc -a
RUN zypper -n in jq=1.6 \
 && rm -rf /var/cache/zypp/*
RUN --mount=type=cache,target=/var/cache/zypp zypper -n in less=643
RUN zypper -n rm nano && zypper -n in vim=9.1 && zypper clean -a
