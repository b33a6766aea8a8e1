FROM opensuse/leap:15.6
ARG PACKAGES
RUN zypper -n in curl=8.6.0 "git>=2.40" ./tool.rpm /usr/bin/less pattern:devel_basis "perl(JSON)" $PACKAGES && zypper clean --all
RUN zypper -n in -t pattern devel_basis && zypper -n rm vim && zypper clean --all
