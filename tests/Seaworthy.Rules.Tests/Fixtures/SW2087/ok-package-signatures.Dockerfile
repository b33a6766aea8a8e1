FROM fedora:40
RUN apk add --no-cache curl && rpm -i --nodeps /tmp/a.rpm && rpm -qa --qf '%{NAME}\n'
RUN yum-config-manager --save --setopt=epel.sslverify=1 && dnf install -y --setopt=gpgcheck=1 --setopt=install_weak_deps=False tool
ENV NPM_CONFIG_STRICT_SSL=true PIP_INDEX_URL=https://pypi.example.com/simple
