FROM debian:12
RUN curl -fsSL https://example.com/a -o /tmp/k && wget -q https://example.com/c
RUN pip install --index-url https://pypi.example.com/simple flask
RUN apt-get install -y --no-install-recommends curl && dnf install -y tool
RUN npm config set strict-ssl true && git -c http.sslVerify=true clone https://example.com/r.git
RUN git config --global http.postBuffer 524288000
ENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1
