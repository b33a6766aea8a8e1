FROM alpine:3.20 AS nanoseconds
LABEL created="2021-03-10T10:26:33.564595127+01:00"
