from --platform=$BUILDPLATFORM ubuntu:latest as base
# expect SW1002 1:32-1:45 Stage 'base' uses image 'ubuntu:latest' with the moving tag 'latest', so every build may get a different image
