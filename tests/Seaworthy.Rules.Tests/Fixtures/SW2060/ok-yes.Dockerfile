FROM fedora:40
ARG DNF_FLAGS
RUN dnf install -y httpd-2.4.62 && microdnf -y install git-2.46.0
RUN dnf --assumeyes groupinstall "Development Tools" && dnf module install -y nodejs:20
RUN dnf $DNF_FLAGS install jq && dnf clean all && dnf upgrade
