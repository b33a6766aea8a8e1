FROM golang:1.22 AS build
# not a description
#
ARG GOOS=linux
