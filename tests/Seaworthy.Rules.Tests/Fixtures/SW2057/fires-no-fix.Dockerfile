FROM centos:7
RUN ["yum", "install", "httpd-2.4.6"]
# expect SW2057 2:6-2:11 yum install without -y asks for confirmation, which fails a build: add -y
