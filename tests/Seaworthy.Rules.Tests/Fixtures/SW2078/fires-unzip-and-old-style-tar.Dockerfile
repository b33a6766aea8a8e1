FROM alpine:3.20
COPY site.zip data.tgz /srv/
RUN cd /srv && unzip site.zip && tar xzf data.tgz
# expect SW2078 3:22-3:30
# expect SW2078 3:42-3:50
