FROM alpine:3.20
ADD https://example.com/tool /usr/local/bin/tool
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://mirrors.edge.kernel.org/pub/linux/kernel/Historic/linux-0.01.tar.gz /
ADD git@github.com:moby/buildkit.git /src/buildkit
ADD https://github.com/moby/buildkit.git#v0.10.1 /buildkit
ADD "http://file.com" /usr/src/app/
