FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates=20230311
# expect SW2050 2:66-2:70 apt-get install 'curl' has no version: pin it as 'curl=<version>'
