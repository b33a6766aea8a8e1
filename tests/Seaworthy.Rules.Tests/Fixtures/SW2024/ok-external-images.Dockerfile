FROM alpine:3.20
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/nginx.conf
COPY --from=docker.io/library/busybox /bin/busybox /bin/busybox
COPY --from=alpine@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d /etc/alpine-release /etc/
COPY --from=gcr.io/distroless/static-debian12 /etc/passwd /etc/passwd
