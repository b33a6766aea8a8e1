FROM debian:12
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
RUN echo done
WORKDIR /app
RUN make
RUN --network=none make test
FROM debian:12 AS second
RUN true
