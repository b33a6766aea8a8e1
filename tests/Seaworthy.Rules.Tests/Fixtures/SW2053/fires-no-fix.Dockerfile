FROM debian:bookworm-slim
RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends git=1:2.39.5-0+deb12u2
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12
# expect SW2053 2:10-2:17 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
# expect SW2053 3:5-3:12 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
