FROM centos:7
RUN sudo yum install -y git-1.8.3
RUN ["yum", "install", "-y", "httpd-2.4.6"]
RUN yum install -y php-5.4.16 &
# expect SW2058 2:10-2:13 yum install leaves its cache in the image: run 'yum clean all' later in the same RUN
# expect SW2058 3:6-3:11 yum install leaves its cache in the image: run 'yum clean all' later in the same RUN
# expect SW2058 4:5-4:8 yum install leaves its cache in the image: run 'yum clean all' later in the same RUN
