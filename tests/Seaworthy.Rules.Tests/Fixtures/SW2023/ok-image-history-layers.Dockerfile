# Layers as docker history prints them: "in" is not a second source.
FROM debian:bookworm-slim
COPY file:a3cb217d0751217ddd2d6b7ab11d53c0284772329313b12db8061c301cf5aeb7 in /srv/app
COPY multi:e9acd1a55733c96817d61eda350e645b926e852a9b9b885fbf7831af99d41e1c in settings.conf
