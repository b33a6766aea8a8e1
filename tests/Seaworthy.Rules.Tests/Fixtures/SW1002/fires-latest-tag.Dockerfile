FROM ubuntu:latest
# expect SW1002 1:6-1:19 Stage 0 uses image 'ubuntu:latest' with the moving tag 'latest', so every build may get a different image
