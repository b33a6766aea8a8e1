FROM alpine:3.20
ARG PIP_PASSWORD
RUN --mount=type=secret,id=token,env=TOKEN curl -fsS -H "Authorization: Bearer $TOKEN" https://example.com/a -o /tmp/a
RUN pip install --index-url "https://ci:${PIP_PASSWORD}@pypi.example.com/simple" app
CMD ["app", "--password-file", "/run/secrets/db"]
