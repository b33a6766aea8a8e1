# hadolint global ignore=DL3006
# seaworthy global ignore=missing-healthcheck
FROM alpine:3.20
# expect SW2032 1:1-1:32
# expect SW2032 2:1-2:46
