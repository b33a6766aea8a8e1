FROM debian:bookworm-slim
# A comment line inside a continuation is dropped whole, its trailing backslash too: the '|' in it is no pipe.
RUN apt-get update \
    # keep the lists | they are removed below \
    && apt-get install -y --no-install-recommends curl \
    # and the same here \
    && rm -rf /var/lib/apt/lists/*
