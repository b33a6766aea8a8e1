FROM localhost:5000/team/app
# expect SW1002 1:6-1:29 Stage 0 uses image 'localhost:5000/team/app' without a tag, so every build may get a different image
