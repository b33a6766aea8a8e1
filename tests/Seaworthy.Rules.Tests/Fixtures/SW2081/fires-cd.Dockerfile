FROM alpine:3.20
RUN cd /src && make
# expect SW2081 2:5-2:7 'cd' in RUN: set the directory with WORKDIR
RUN mkdir -p /opt/app && \
    cd /opt/app && tar xf /tmp/app.tar
# expect SW2081 5:5-5:7 'cd' in RUN: set the directory with WORKDIR
RUN { cd /tmp; ls; }
# expect SW2081 7:7-7:9 'cd' in RUN: set the directory with WORKDIR
