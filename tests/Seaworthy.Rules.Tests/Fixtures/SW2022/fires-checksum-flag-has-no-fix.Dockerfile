FROM alpine:3.20
ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 app.py /srv/
# expect SW2022 2:88-2:94 ADD 'app.py' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
