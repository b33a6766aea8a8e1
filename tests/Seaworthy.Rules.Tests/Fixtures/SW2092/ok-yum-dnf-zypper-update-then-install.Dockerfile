FROM rockylinux:9
RUN yum update -y && yum install -y tar
RUN dnf update -y; microdnf install -y jq
RUN yum update -y && dnf upgrade -y
RUN dnf upgrade -y --refresh
RUN zypper up -y && zypper in -y curl && zypper clean -a
RUN zypper --quiet update && zypper --non-interactive dup
RUN echo yum update
RUN yum -y update openssl && yum clean all
RUN zypper -n up $SECURITY_PACKAGES
