FROM fedora:40
ARG PACKAGES
RUN dnf install -y httpd-2.4.62 ./tool.rpm @core "perl(JSON)" /usr/bin/git $PACKAGES -x kernel && dnf clean all
RUN dnf groupinstall -y "Development Tools" && microdnf module install -y nodejs:20
RUN dnf remove -y vim && dnf upgrade -y
