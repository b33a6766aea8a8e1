FROM centos:7 AS pins
ENV HTTPD_VERSION=2.4.6-99.el7

FROM centos:7
RUN yum install -y httpd-${HTTPD_VERSION} && yum clean all
# expect SW2059 5:20-5:42 yum install 'httpd' has no version: pin it as 'httpd-<version>' (a module as 'httpd:<stream>')
