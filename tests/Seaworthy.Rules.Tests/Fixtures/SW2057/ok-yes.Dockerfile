FROM centos:7
ARG YUM_FLAGS
RUN yum install -y httpd-2.4.6 && yum -y localinstall ./tool.rpm
RUN yum --assumeyes groupinstall "Development Tools" && yum module install -y nodejs:14
RUN yum $YUM_FLAGS install git && yum clean all && yum update
