FROM alpine:3.20 AS fraction-and-offset
LABEL created="2024-01-02T03:04:05.123+02:00"

FROM alpine:3.20 AS nanoseconds
LABEL created="2021-03-10T10:26:33.564595127+01:00"

FROM alpine:3.20 AS lower-case-t-and-z
LABEL created=2024-01-02t03:04:05z

FROM alpine:3.20 AS leap-second
LABEL created=2016-12-31T23:59:60Z
