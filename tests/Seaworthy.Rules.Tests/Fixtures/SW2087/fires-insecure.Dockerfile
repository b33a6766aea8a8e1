FROM debian:12
RUN curl -fsSLk https://example.com/a -o /tmp/a && curl --insecure https://example.com/b
RUN wget --no-check-certificate https://example.com/c
RUN pip install --trusted-host pypi.example.com flask && python3 -m pip install --trusted-host=x.example.com y
RUN apt-get install -y --allow-unauthenticated curl
RUN dnf install -y --nogpgcheck tool
RUN npm config set strict-ssl false && git -c http.sslVerify=false clone https://example.com/r.git
RUN git config --global http.sslverify false
ENV NODE_TLS_REJECT_UNAUTHORIZED=0 GIT_SSL_NO_VERIFY=1
# expect SW2087 2:15-2:16
# expect SW2087 2:57-2:67
# expect SW2087 3:10-3:32
# expect SW2087 4:17-4:31
# expect SW2087 4:81-4:95
# expect SW2087 5:24-5:47
# expect SW2087 6:20-6:32
# expect SW2087 7:20-7:30
# expect SW2087 7:47-7:67
# expect SW2087 8:25-8:39
# expect SW2087 9:5-9:35
# expect SW2087 9:36-9:55
