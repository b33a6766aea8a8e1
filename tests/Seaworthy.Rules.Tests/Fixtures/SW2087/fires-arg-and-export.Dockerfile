FROM python:3.12
ARG PIP_TRUSTED_HOST="pypi.example.com" NODE_TLS_REJECT_UNAUTHORIZED=0
RUN export GIT_SSL_NO_VERIFY=1 && git clone https://example.com/r.git
RUN dnf-config-manager --save --setopt=sslverify=false
# expect SW2087 2:5-2:40 'PIP_TRUSTED_HOST=pypi.example.com' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 2:41-2:71 'NODE_TLS_REJECT_UNAUTHORIZED=0' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 3:12-3:31 'GIT_SSL_NO_VERIFY=1' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 4:40-4:55 'sslverify=false' turns off TLS certificate checks: anyone on the network path can change what the build installs
