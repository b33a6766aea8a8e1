FROM fedora:40
RUN dnf install -y httpd-2.4.62
RUN microdnf install -y git-2.46.0 || true
# expect SW2061 2:5-2:8 dnf install leaves its cache in the image: run 'dnf clean all' later in the same RUN
# expect SW2061 3:5-3:13 microdnf install leaves its cache in the image: run 'microdnf clean all' later in the same RUN
