ARG REGISTRY
ARG TAG
ARG MIRROR
FROM ${REGISTRY}/ubuntu AS base
FROM alpine$TAG AS tools
FROM $MIRROR/library/debian:latest
# expect SW1002 4:6-4:24 Stage 'base' uses image '${REGISTRY}/ubuntu' without a tag, whatever its variables hold, so every build may get a different image
# expect SW1002 5:6-5:16 Stage 'tools' uses image 'alpine' without a tag, so every build may get a different image ('alpine$TAG' with its variables empty, as a build without --build-arg has them)
# expect SW1002 6:6-6:35 Stage 2 uses image '$MIRROR/library/debian:latest' with the moving tag 'latest', whatever its variables hold, so every build may get a different image
