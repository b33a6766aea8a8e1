FROM centos:7
RUN yum install -y httpd-2.4.6
RUN set -e; yum install -y mod_ssl-2.4.6; echo done # a comment
# expect SW2058 2:5-2:8 yum install leaves its cache in the image: run 'yum clean all' later in the same RUN
# expect SW2058 3:13-3:16 yum install leaves its cache in the image: run 'yum clean all' later in the same RUN
