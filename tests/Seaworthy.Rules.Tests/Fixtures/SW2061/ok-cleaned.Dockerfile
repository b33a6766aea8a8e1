FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all
RUN microdnf install -y git-2.46.0 \
 && rm -rf /var/cache/dnf/*
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y jq-1.7.1
RUN microdnf install -y less-643 && microdnf clean all && dnf list installed
