ARG BASE=alpine:3.20
FROM ${BASE} AS base
MAINTAINER someone@example.com
WORKDIR /app
USER 10001
STOPSIGNAL SIGTERM
EXPOSE 8080
VOLUME ["/data"]
ENV A=1 B=2
LABEL a=b
ARG C
ONBUILD RUN echo child
SHELL ["/bin/sh", "-c"]
COPY <<EOF /etc/motd
hello
EOF
CMD ["sh"]
ENTRYPOINT ["/entrypoint"]
