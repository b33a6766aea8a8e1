# check=experimental=InvalidDefinitionDescription
# the compile stage
FROM golang:1.22 AS build
# GOOS target os
ARG GOOS=linux
# expect SW2018 3:21-3:26 The comment above this FROM should start with its name to describe it: '# build <description>'
