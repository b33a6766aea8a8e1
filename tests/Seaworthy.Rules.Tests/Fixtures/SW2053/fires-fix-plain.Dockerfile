FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12
# expect SW2053 2:5-2:12 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
