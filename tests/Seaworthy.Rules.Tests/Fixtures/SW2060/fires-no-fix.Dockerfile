FROM fedora:40
RUN ["dnf", "install", "httpd-2.4.62"]
# expect SW2060 2:6-2:11 dnf install without -y asks for confirmation, which fails a build: add -y
