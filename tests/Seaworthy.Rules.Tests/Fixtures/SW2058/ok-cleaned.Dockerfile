FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
RUN yum install -y git-1.8.3 \
 && rm -rf /var/cache/yum/*
RUN --mount=type=cache,target=/var/cache/yum yum install -y jq-1.6
RUN yum update -y && yum remove -y vim
