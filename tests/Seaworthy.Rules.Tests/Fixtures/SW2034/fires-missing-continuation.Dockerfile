FROM debian:bookworm-slim
RUN apt-get update
    apt-get install -y curl
# expect SW2034 3:5-3:12 unknown instruction: apt-get
