# expect SW2003 2:21-2:28
FROM alpine:3.20 AS Scratch
