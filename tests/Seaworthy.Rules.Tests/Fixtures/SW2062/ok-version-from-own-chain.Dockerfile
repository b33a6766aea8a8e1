FROM fedora:41 AS base
ENV JQ_VERSION=1.7.1-8.fc41

FROM base AS build
ARG TAR_VERSION=1.35-4.fc41
RUN dnf in -y tar-${TAR_VERSION} jq-${JQ_VERSION} && dnf clean all
RUN VERSION=1.7.1-8.fc41 && dnf install -y jq-$VERSION && dnf clean all

FROM fedora:41
ENV JQ_VERSION=1.7.1-8.fc41
RUN dnf install -y jq-${JQ_VERSION} && dnf clean all
RUN dnf install -y "jq-${UNSET_VERSION}" && dnf clean all
