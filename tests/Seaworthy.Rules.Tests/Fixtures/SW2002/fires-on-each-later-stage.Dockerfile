FROM alpine:3.20 AS builder
RUN true
# expect SW2002 4:21-4:28
FROM alpine:3.20 AS builder
# expect SW2002 6:21-6:28
FROM alpine:3.20 AS builder
