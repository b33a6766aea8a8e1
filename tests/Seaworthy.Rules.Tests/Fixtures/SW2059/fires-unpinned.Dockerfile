FROM centos:7
RUN yum install -y httpd python3-pip-9.0.3 && yum clean all
RUN yum -y --enablerepo epel install \
      python3-pip \
 && yum module install -y nodejs
# expect SW2059 2:20-2:25 yum install 'httpd' has no version: pin it as 'httpd-<version>' (a module as 'httpd:<stream>')
# expect SW2059 4:7-4:18 yum install 'python3-pip' has no version: pin it as 'python3-pip-<version>' (a module as 'python3-pip:<stream>')
# expect SW2059 5:27-5:33 yum install 'nodejs' has no version: pin it as 'nodejs-<version>' (a module as 'nodejs:<stream>')
