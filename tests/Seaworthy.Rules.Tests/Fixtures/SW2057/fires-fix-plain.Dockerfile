FROM centos:7
RUN yum install httpd-2.4.6 && yum clean all
RUN sudo yum --enablerepo epel groupinstall "Development Tools" && yum clean all
# expect SW2057 2:5-2:8 yum install without -y asks for confirmation, which fails a build: add -y
# expect SW2057 3:10-3:13 yum install without -y asks for confirmation, which fails a build: add -y
