FROM debian:bookworm-slim AS base
RUN sudo apt update \
 && apt install -y curl

FROM base
RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y git
# expect SW2053 2:10-2:13 apt update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
# expect SW2053 6:46-6:53 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
