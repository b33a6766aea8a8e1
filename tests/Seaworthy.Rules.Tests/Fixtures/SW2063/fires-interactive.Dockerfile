FROM opensuse/leap:15.6
RUN zypper install curl=8.6.0
RUN sudo zypper --no-refresh rm vim && zypper si -r repo-source git
# expect SW2063 2:5-2:11 zypper install without -n asks for confirmation, which fails a build: use 'zypper -n install'
# expect SW2063 3:10-3:16 zypper rm without -n asks for confirmation, which fails a build: use 'zypper -n rm'
# expect SW2063 3:40-3:46 zypper si without -n asks for confirmation, which fails a build: use 'zypper -n si'
