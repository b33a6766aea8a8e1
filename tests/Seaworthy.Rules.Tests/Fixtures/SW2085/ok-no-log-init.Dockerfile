FROM debian:12
RUN useradd -l -u 1000000 -m app
RUN useradd --no-log-init --uid 123456789 svc
RUN useradd -u 10001 small
RUN useradd -u "$APP_UID" dynamic
