FROM debian:12
RUN curl -fsSLo /tmp/install.sh https://get.example.com && sh /tmp/install.sh
RUN curl -fsSL https://api.example.com/v1 | python3 -c 'import json, sys; print(json.load(sys.stdin)["v"])'
RUN curl -fsSL https://example.com/x.tar.gz | tar xz
RUN echo 'echo hi' | sh
RUN curl -fsSL https://example.com/x | bash -c 'cat > /tmp/x'
