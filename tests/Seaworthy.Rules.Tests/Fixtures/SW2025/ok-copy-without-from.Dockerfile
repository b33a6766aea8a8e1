FROM alpine:3.20 AS runtime
COPY runtime /srv/runtime
