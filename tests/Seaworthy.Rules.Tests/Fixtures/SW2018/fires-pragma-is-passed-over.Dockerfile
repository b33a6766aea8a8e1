# Build the binary
# hadolint ignore=DL3006
FROM golang AS build
# expect SW2018 3:16-3:21
