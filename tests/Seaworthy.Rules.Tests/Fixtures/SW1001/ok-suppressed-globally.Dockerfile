# seaworthy global ignore=SW1001
FROM alpine:3.20
