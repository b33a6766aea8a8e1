FROM ubuntu:latest
# expect SW1002 1:6-1:19
