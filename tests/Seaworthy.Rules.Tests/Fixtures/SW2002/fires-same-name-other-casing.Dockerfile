FROM alpine:3.20 AS build
# expect SW2002 3:21-3:26
FROM alpine:3.20 AS Build
