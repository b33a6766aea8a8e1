FROM fedora:40
RUN dnf install -y httpd-2.4.62
# expect SW2061 2:5-2:8 dnf install leaves its cache in the image: run 'dnf clean all' later in the same RUN
