FROM alpine:3.20
ADD ["config.json", "/etc/app/"]
# expect SW2022 2:6-2:19 ADD 'config.json' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
