FROM fedora:40
RUN dnf install -y httpd python3-pip-23.3.2 && dnf clean all
RUN microdnf -y --enablerepo updates install \
      python3-pip \
 && dnf module install -y nodejs
# expect SW2062 2:20-2:25
# expect SW2062 4:7-4:18
# expect SW2062 5:27-5:33
