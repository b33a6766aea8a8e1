# Layers as docker history prints them: built already, they name no file of the build context.
FROM debian:bookworm-slim
ADD file:a3cb217d0751217ddd2d6b7ab11d53c0284772329313b12db8061c301cf5aeb7 in /
ADD multi:e9acd1a55733c96817d61eda350e645b926e852a9b9b885fbf7831af99d41e1c in /opt/
ADD dir:17174148b4ca9278a6507d9ba1d2bf49e94556ddd2781dffc9a1a757aabf2d0a in /srv
ADD file:a3cb217d0751217ddd2d6b7ab11d53c0284772329313b12db8061c301cf5aeb7 /etc/motd
