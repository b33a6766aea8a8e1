FROM scratch
ADD rootfs.tar.xz /
ADD app.tgz "dist.tar.gz" /opt/
ADD layer.tar /
ADD data.tar.zst /var/lib/data/
