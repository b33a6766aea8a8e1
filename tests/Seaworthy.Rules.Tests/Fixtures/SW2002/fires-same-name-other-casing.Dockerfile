FROM alpine:3.20 AS build
# expect SW2002 3:21-3:26 Stage name 'build' is already used on line 1; stage names should be unique
FROM alpine:3.20 AS Build
