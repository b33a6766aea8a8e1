# syntax=docker/dockerfile:1
FROM centos:7
RUN <<EOF
yum install -y httpd-2.4.6
EOF
RUN yum install -y mod_ssl-2.4.6 && cat <<EOF > /etc/motd
hello
EOF
# expect SW2058 4:1-4:4 yum install leaves its cache in the image: run 'yum clean all' later in the same RUN
# expect SW2058 6:5-6:8 yum install leaves its cache in the image: run 'yum clean all' later in the same RUN
