FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean
RUN apt-get update && apt-get install -y --no-install-recommends git && apt-get autoclean
RUN apt-get update && echo apt-get dist-clean
# expect SW2053 2:5-2:12 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
# expect SW2053 3:5-3:12 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
# expect SW2053 4:5-4:12 apt-get update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'
