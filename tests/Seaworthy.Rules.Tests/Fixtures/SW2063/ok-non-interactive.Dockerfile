FROM opensuse/leap:15.6
ARG ZYPPER_FLAGS
RUN zypper -n install curl=8.6.0 && zypper --non-interactive rm vim
RUN zypper in -y git && zypper patch --no-confirm && zypper $ZYPPER_FLAGS install jq
RUN zypper refresh && zypper search curl
