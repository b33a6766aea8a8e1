# expect SW2014 2:17-2:28
FROM --platform=linux/amd64 alpine:3.20
