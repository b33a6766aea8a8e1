FROM debian:bookworm-slim
ADD --checksum=sha256:0c2e1b8e2ab4c61ad2d6de55a8a3ad3d1b0d4d7b1d1c9c7cd0b53bd6b0f5a3e1 https://example.org/releases/tool.tar.gz /opt/
ADD https://github.com/example/project.git#v1.2.0 /src/project
ADD git@github.com:example/project.git /src/other
ADD vendor.tar.gz /opt/vendor/
ADD $DOWNLOAD_URL /opt/tool
COPY https-notes.txt /srv/
