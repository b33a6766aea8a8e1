FROM alpine:3.20
ADD "file.zip" /usr/src/app/
# expect SW2022 2:5-2:15 ADD 'file.zip' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
