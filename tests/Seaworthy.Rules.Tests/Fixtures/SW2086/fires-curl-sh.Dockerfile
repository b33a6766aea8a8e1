FROM debian:12
RUN curl -fsSL https://get.example.com | sh
# expect SW2086 2:42-2:44 'sh' runs what 'curl' downloads, unchecked: download to a file, verify its checksum, then run it
RUN wget -qO- https://example.com/install.sh | sudo bash -s -- --yes
# expect SW2086 4:53-4:57 'bash' runs what 'wget' downloads, unchecked: download to a file, verify its checksum, then run it
RUN curl -sSL https://install.python-poetry.org | python3 -
# expect SW2086 6:51-6:58 'python3' runs what 'curl' downloads, unchecked: download to a file, verify its checksum, then run it
