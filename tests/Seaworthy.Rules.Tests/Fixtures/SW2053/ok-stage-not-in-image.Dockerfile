FROM debian:bookworm-slim AS tools
RUN apt-get update && apt-get install -y --no-install-recommends jq

FROM debian:bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential

FROM debian:bookworm-slim
COPY --from=build /usr/bin/make /usr/local/bin/make
RUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y git
