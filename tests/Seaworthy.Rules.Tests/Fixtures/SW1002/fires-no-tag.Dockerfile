FROM ubuntu
# expect SW1002 1:6-1:12 Stage 0 uses image 'ubuntu' without a tag, so every build may get a different image
