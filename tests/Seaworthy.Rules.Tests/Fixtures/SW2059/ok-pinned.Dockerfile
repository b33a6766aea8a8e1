FROM centos:7
ARG PACKAGES
RUN yum install -y httpd-2.4.6 ./tool.rpm @core "perl(JSON)" $PACKAGES -x kernel && yum clean all
RUN yum groupinstall -y "Development Tools" && yum module install -y nodejs:14
RUN yum remove -y vim && yum update -y
