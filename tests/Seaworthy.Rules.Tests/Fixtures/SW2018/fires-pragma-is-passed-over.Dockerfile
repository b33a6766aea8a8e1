# Build the binary
# hadolint ignore=DL3006
FROM golang AS build
# expect SW2018 3:16-3:21 The comment above this FROM should start with its name to describe it: '# build <description>'
