FROM debian:12
RUN curl -fsSLk https://example.com/a -o /tmp/a && curl --insecure https://example.com/b
RUN wget --no-check-certificate https://example.com/c
RUN pip install --trusted-host pypi.example.com flask && python3 -m pip install --trusted-host=x.example.com y
RUN apt-get install -y --allow-unauthenticated curl
RUN dnf install -y --nogpgcheck tool
RUN npm config set strict-ssl false && git -c http.sslVerify=false clone https://example.com/r.git
RUN git config --global http.sslverify false
ENV NODE_TLS_REJECT_UNAUTHORIZED=0 GIT_SSL_NO_VERIFY=1
# expect SW2087 2:15-2:16 '-k' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 2:57-2:67 '--insecure' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 3:10-3:32 '--no-check-certificate' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 4:17-4:31 '--trusted-host' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 4:81-4:95 '--trusted-host' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 5:24-5:47 '--allow-unauthenticated' turns off package signature checks: anyone on the network path can change what the build installs
# expect SW2087 6:20-6:32 '--nogpgcheck' turns off package signature checks: anyone on the network path can change what the build installs
# expect SW2087 7:20-7:30 'strict-ssl false' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 7:47-7:67 'http.sslVerify=false' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 8:25-8:39 'http.sslverify false' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 9:5-9:35 'NODE_TLS_REJECT_UNAUTHORIZED=0' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 9:36-9:55 'GIT_SSL_NO_VERIFY=1' turns off TLS certificate checks: anyone on the network path can change what the build installs
