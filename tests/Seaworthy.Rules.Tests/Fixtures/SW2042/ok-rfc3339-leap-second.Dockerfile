FROM alpine:3.20 AS leap-second
LABEL created=2016-12-31T23:59:60Z
