FROM debian:12
SHELL ["/bin/bash", "-c"]
RUN ln -s /bin/sh /usr/local/bin/mysh
RUN ln -s /opt/tool/bin/tool /usr/local/bin/tool
