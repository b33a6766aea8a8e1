FROM debian:bookworm-slim
COPY file.txt in /srv/app
COPY file:a3cb217d0751217ddd2d6b7ab11d53c0284772329313b12db8061c301cf5aeb7 in extra /srv/app
# expect SW2023 2:18-2:26 COPY has 2 sources, so its destination '/srv/app' must be a directory and end with '/'
# expect SW2023 3:85-3:93 COPY has 3 sources, so its destination '/srv/app' must be a directory and end with '/'
