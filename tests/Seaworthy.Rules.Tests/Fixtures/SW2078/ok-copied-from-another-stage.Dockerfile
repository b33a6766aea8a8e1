FROM alpine:3.20 AS fetch
RUN wget -q https://example.com/app.tar.gz
FROM alpine:3.20
COPY --from=fetch /app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz
