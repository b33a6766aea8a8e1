FROM --platform=linux/arm64 alpine AS linux
