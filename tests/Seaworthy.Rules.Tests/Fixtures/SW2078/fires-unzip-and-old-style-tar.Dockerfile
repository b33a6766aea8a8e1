FROM alpine:3.20
COPY site.zip data.tgz /srv/
RUN cd /srv && unzip site.zip && tar xzf data.tgz
# expect SW2078 3:22-3:30 'site.zip' is copied with COPY and then extracted here: ADD extracts a local archive itself, in one layer
# expect SW2078 3:42-3:50 'data.tgz' is copied with COPY and then extracted here: ADD extracts a local archive itself, in one layer
