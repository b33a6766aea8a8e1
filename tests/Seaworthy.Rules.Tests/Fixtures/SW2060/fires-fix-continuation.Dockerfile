FROM fedora:40
RUN dnf \
      install httpd-2.4.62 \
 && dnf clean all
# expect SW2060 2:5-2:8 dnf install without -y asks for confirmation, which fails a build: add -y
