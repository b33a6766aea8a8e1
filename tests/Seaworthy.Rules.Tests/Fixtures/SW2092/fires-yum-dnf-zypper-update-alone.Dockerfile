FROM rockylinux:9
RUN yum -y update && yum clean all
RUN dnf --refresh up -y
RUN microdnf update && dnf install -y git && dnf update
RUN zypper --non-interactive update && zypper clean --all
RUN zypper -n up
# expect SW2092 2:12-2:18 'yum update' with no install after it in the same RUN: the build cache keeps the packages of its first build, and installs in later RUNs do not upgrade them; update and install in one RUN
# expect SW2092 3:19-3:21 'dnf up' with no install after it in the same RUN: the build cache keeps the packages of its first build, and installs in later RUNs do not upgrade them; update and install in one RUN
# expect SW2092 4:50-4:56 'dnf update' with no install after it in the same RUN: the build cache keeps the packages of its first build, and installs in later RUNs do not upgrade them; update and install in one RUN
# expect SW2092 5:30-5:36 'zypper update' with no install after it in the same RUN: the build cache keeps the packages of its first build, and installs in later RUNs do not upgrade them; update and install in one RUN
# expect SW2092 6:15-6:17 'zypper up' with no install after it in the same RUN: the build cache keeps the packages of its first build, and installs in later RUNs do not upgrade them; update and install in one RUN
