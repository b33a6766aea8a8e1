FROM debian:bookworm-slim
ADD https://example.org/releases/tool-1.4.2-linux-amd64.tar.gz /opt/
ADD --chmod=755 "http://downloads.example.net/bin/helper" /usr/local/bin/helper
ADD ["https://example.org/a.json", "https://example.org/b.json", "/etc/app/"]
ONBUILD ADD https://example.org/plugin.jar /plugins/
# expect SW2095 2:5-2:63 ADD downloads a URL without --checksum: the build takes whatever the server sends; add --checksum=sha256:<digest>
# expect SW2095 3:17-3:58 ADD downloads a URL without --checksum: the build takes whatever the server sends; add --checksum=sha256:<digest>
# expect SW2095 4:6-4:34 ADD downloads a URL without --checksum: the build takes whatever the server sends; add --checksum=sha256:<digest>
# expect SW2095 4:36-4:64 ADD downloads a URL without --checksum: the build takes whatever the server sends; add --checksum=sha256:<digest>
# expect SW2095 5:13-5:43 ADD downloads a URL without --checksum: the build takes whatever the server sends; add --checksum=sha256:<digest>
