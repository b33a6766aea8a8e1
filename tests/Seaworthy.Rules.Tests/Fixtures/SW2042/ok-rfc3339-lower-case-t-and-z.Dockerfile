FROM alpine:3.20 AS lower-case-t-and-z
LABEL created=2024-01-02t03:04:05z
