FROM fedora:40
RUN dnf install httpd-2.4.62
RUN sudo microdnf --nodocs install git-2.46.0 && dnf module install nodejs:20
# expect SW2060 2:5-2:8 dnf install without -y asks for confirmation, which fails a build: add -y
# expect SW2060 3:10-3:18 microdnf install without -y asks for confirmation, which fails a build: add -y
# expect SW2060 3:50-3:53 dnf install without -y asks for confirmation, which fails a build: add -y
