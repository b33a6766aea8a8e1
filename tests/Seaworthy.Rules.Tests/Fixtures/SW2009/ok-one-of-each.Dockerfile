FROM alpine
ENTRYPOINT ["app"]
CMD ["--help"]
HEALTHCHECK CMD ["app", "check"]
