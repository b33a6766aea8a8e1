FROM fedora:40
RUN dnf install -y httpd-2.4.62
RUN microdnf clean all && microdnf -y install git-2.46.0 && microdnf clean metadata
# expect SW2061 2:5-2:8 dnf install leaves its cache in the image: run 'dnf clean all' later in the same RUN
# expect SW2061 3:27-3:35 microdnf install leaves its cache in the image: run 'microdnf clean all' later in the same RUN
