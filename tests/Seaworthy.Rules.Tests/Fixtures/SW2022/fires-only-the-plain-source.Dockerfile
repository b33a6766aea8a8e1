FROM debian:bookworm-slim
ADD vendor.tar.gz config.yml /opt/app/
# expect SW2022 2:19-2:29
