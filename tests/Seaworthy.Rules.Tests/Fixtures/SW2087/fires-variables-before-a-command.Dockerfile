FROM python:3.12-slim
RUN PYTHONHTTPSVERIFY=0 python app.py
RUN NODE_TLS_REJECT_UNAUTHORIZED='0' node fetch.js && env GIT_SSL_NO_VERIFY=true git clone https://example.com/r.git
RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci
RUN sudo PYTHONHTTPSVERIFY="0" pip download flask
# expect SW2087 2:5-2:24 'PYTHONHTTPSVERIFY=0' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 3:5-3:37 'NODE_TLS_REJECT_UNAUTHORIZED=0' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 3:59-3:81 'GIT_SSL_NO_VERIFY=true' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 4:12-4:42 'NODE_TLS_REJECT_UNAUTHORIZED=0' turns off TLS certificate checks: anyone on the network path can change what the build installs
# expect SW2087 5:10-5:31 'PYTHONHTTPSVERIFY=0' turns off TLS certificate checks: anyone on the network path can change what the build installs
