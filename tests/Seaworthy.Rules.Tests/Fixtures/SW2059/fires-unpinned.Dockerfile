FROM centos:7
RUN yum install -y httpd python3-pip-9.0.3 && yum clean all
RUN yum -y --enablerepo epel install \
      python3-pip \
 && yum module install -y nodejs
# expect SW2059 2:20-2:25
# expect SW2059 4:7-4:18
# expect SW2059 5:27-5:33
