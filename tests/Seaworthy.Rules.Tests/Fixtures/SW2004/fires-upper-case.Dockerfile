FROM alpine:3.20 AS base
# expect SW2004 3:21-3:26
FROM alpine:3.20 AS BUILD
