FROM debian:bookworm-slim AS tools
# expect SW2053 3:5-3:12 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
RUN apt-get update && apt-get install -y --no-install-recommends gdb=13.1-3

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12
