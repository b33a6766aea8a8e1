FROM centos:7 AS pins
ENV HTTPD_VERSION=2.4.6-99.el7

FROM pins
RUN yum install -y httpd-${HTTPD_VERSION} && yum clean all

FROM centos:7
ARG HTTPD_VERSION=2.4.6-99.el7
RUN yum install -y httpd-$HTTPD_VERSION && yum clean all
