FROM --platform=linux/arm64 alpine AS builder-arm64
FROM --platform=linux/x86_64 alpine AS build-amd64
