FROM alpine:3.20 AS fraction-and-offset
LABEL created="2024-01-02T03:04:05.123+02:00"
