FROM debian:bookworm-slim AS base
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates

FROM debian:bookworm-slim AS tools
ONBUILD RUN apt-get update && apt-get install -y jq

FROM base
RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y git
RUN --mount=type=tmpfs,target=/var/cache/apt apt-get update && apt-get install -y jq
# expect SW2053 2:5-2:12 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
# expect SW2053 5:13-5:20 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
# expect SW2053 8:44-8:51 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
# expect SW2053 9:46-9:53 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
