FROM fedora:40
RUN dnf install -y httpd python3-pip-23.3.2 && dnf clean all
RUN microdnf -y --enablerepo updates install \
      python3-pip \
 && dnf module install -y nodejs
# expect SW2062 2:20-2:25 dnf install 'httpd' has no version: pin it as 'httpd-<version>' (a module as 'httpd:<stream>')
# expect SW2062 4:7-4:18 microdnf install 'python3-pip' has no version: pin it as 'python3-pip-<version>' (a module as 'python3-pip:<stream>')
# expect SW2062 5:27-5:33 dnf install 'nodejs' has no version: pin it as 'nodejs-<version>' (a module as 'nodejs:<stream>')
