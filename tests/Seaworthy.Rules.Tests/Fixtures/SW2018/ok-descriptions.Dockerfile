# GOOS target os
ARG GOOS=linux
# build compiles the app
FROM golang:1.22 AS build
# VERSION and COMMIT are stamped into the binary
ARG VERSION COMMIT
