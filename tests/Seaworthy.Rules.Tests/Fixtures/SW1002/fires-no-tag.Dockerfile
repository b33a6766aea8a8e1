FROM ubuntu
# expect SW1002 1:6-1:12
