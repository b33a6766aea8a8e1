FROM centos:7
RUN yum install -y \
      httpd-2.4.6 \
      mod_ssl-2.4.6
# expect SW2058 2:5-2:8 yum install leaves its cache in the image: run 'yum clean all' later in the same RUN
