FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
RUN dnf install -y jq-1.6 && microdnf clean all
RUN microdnf install -y tar-1.34 && dnf clean all
RUN rm -rf /var/cache/libdnf5 && dnf install -y jq-1.6
RUN microdnf clean all && microdnf install -y tar-1.34
RUN --mount=type=cache,target=/var/cache/apt dnf install -y jq-1.6
# expect SW2061 2:5-2:8 dnf install leaves its cache in the image: run 'dnf clean all' later in the same RUN
# expect SW2061 3:5-3:13 microdnf install leaves its cache in the image: run 'microdnf clean all' later in the same RUN
# expect SW2061 4:34-4:37 dnf install leaves its cache in the image: run 'dnf clean all' later in the same RUN
# expect SW2061 5:27-5:35 microdnf install leaves its cache in the image: run 'microdnf clean all' later in the same RUN
# expect SW2061 6:46-6:49 dnf install leaves its cache in the image: run 'dnf clean all' later in the same RUN
