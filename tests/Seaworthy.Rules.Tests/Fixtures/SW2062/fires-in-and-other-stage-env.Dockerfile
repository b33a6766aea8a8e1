FROM fedora:41 AS versions
ENV JQ_VERSION=1.7.1-8.fc41
ARG CURL_VERSION=8.9.1-3.fc41

FROM fedora:41
RUN dnf in -y tar && dnf clean all
RUN dnf install -y jq-${JQ_VERSION} "curl-${CURL_VERSION}" && dnf clean all
# expect SW2062 6:15-6:18 dnf install 'tar' has no version: pin it as 'tar-<version>' (a module as 'tar:<stream>')
# expect SW2062 7:20-7:36 dnf install 'jq' has no version: pin it as 'jq-<version>' (a module as 'jq:<stream>')
