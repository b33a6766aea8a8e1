FROM alpine:3.20
# seaworthy ignore=run-as-root -- entrypoint drops privileges
USER root
