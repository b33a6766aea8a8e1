FROM debian:12
RUN curl -fsSL https://get.example.com | sh
# expect SW2086 2:42-2:44
RUN wget -qO- https://example.com/install.sh | sudo bash -s -- --yes
# expect SW2086 4:53-4:57
RUN curl -sSL https://install.python-poetry.org | python3 -
# expect SW2086 6:51-6:58
