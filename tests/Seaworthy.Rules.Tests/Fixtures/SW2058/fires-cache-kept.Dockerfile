FROM centos:7
RUN yum install -y httpd-2.4.6
RUN yum clean all && yum -y install git-1.8.3 && yum clean metadata
# expect SW2058 2:5-2:8 yum install leaves its cache in the image: run 'yum clean all' later in the same RUN
# expect SW2058 3:22-3:25 yum install leaves its cache in the image: run 'yum clean all' later in the same RUN
