FROM fedora:40
RUN apk add --allow-untrusted /tmp/tool.apk
RUN rpm -i --nosignature --nodigest /tmp/a.rpm && rpm -ivh --noverify --nofiledigest /tmp/b.rpm
RUN apt-get install -y --force-yes curl
RUN yum-config-manager --save --setopt=epel.sslverify=0 && dnf install -y --setopt=gpgcheck=false tool
RUN dnf config-manager --setopt "*.sslverify=no" --save
ENV NPM_CONFIG_STRICT_SSL=false PIP_TRUSTED_HOST=pypi.example.com GOINSECURE=example.com
# expect SW2087 2:13-2:30 '--allow-untrusted' turns off package signature checks: anyone on the network path can change what the build installs
# expect SW2087 3:12-3:25 '--nosignature' turns off package signature checks: anyone on the network path can change what the build installs
# expect SW2087 3:26-3:36 '--nodigest' turns off package digest checks: anyone on the network path can change what the build installs
# expect SW2087 3:60-3:70 '--noverify' turns off package signature checks: anyone on the network path can change what the build installs
# expect SW2087 3:71-3:85 '--nofiledigest' turns off package digest checks: anyone on the network path can change what the build installs
# expect SW2087 4:24-4:35 '--force-yes' turns off package signature checks: anyone on the network path can change what the build installs
# expect SW2087 5:40-5:56 'epel.sslverify=0' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 5:84-5:98 'gpgcheck=false' turns off package signature checks: anyone on the network path can change what the build installs
# expect SW2087 6:33-6:49 '*.sslverify=no' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 7:5-7:32 'NPM_CONFIG_STRICT_SSL=false' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 7:33-7:66 'PIP_TRUSTED_HOST=pypi.example.com' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 7:67-7:89 'GOINSECURE=example.com' turns off TLS certificate checks: anyone on the network path can change what the build installs
