FROM debian:bookworm-slim
ADD vendor.tar.gz config.yml /opt/app/
# expect SW2022 2:19-2:29 ADD 'config.yml' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
