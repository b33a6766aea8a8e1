FROM alpine:3.20 AS builder
RUN true
# expect SW2002 4:21-4:28 Stage name 'builder' is already used on line 1; stage names should be unique
FROM alpine:3.20 AS builder
# expect SW2002 6:21-6:28 Stage name 'builder' is already used on line 1; stage names should be unique
FROM alpine:3.20 AS builder
