FROM fedora:41
RUN dnf in -y jq-1.7.1 && rm -rf /var/cache/libdnf5
RUN dnf -y up-min && dnf clean all
RUN microdnf -y upgrade && microdnf clean all
RUN dnf -y rei jq-1.7.1 && rm -rf /var/cache/libdnf5/*
RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y jq-1.7.1
RUN --mount=type=tmpfs,target=/var/cache/libdnf5 microdnf install -y jq-1.7.1
RUN --mount=type=tmpfs,target=/var/cache/dnf dnf up -y
RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked dnf -y upgrade-minimal
RUN dnf --version && dnf list installed && dnf info jq
