# expect SW2003 2:21-2:28 Stage name 'Scratch' is reserved: 'scratch' is the empty base image
FROM alpine:3.20 AS Scratch
