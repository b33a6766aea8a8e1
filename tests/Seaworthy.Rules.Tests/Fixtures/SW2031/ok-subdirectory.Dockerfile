FROM debian:bookworm AS builder
RUN make install DESTDIR=/out

FROM debian:bookworm-slim
COPY --from=builder /out/ /
COPY --from=builder / /rootfs/
