# expect SW2005 2:18-2:20
FROM alpine:3.20 As build
