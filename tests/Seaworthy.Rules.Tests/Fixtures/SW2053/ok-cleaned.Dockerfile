FROM debian:bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential

FROM debian:bookworm-slim
COPY --from=build /usr/bin/make /usr/local/bin/make
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/var/lib/apt/lists/ apt-get update && apt-get install -y git
RUN --mount=type=tmpfs,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y jq
RUN apt-get install -y less
