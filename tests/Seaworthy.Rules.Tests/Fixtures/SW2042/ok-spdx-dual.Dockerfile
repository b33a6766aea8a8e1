FROM alpine:3.20 AS dual
LABEL license="MIT OR Apache-2.0"
