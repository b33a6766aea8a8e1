from --platform=$BUILDPLATFORM ubuntu:latest as base
# expect SW1002 1:32-1:45
