# hadolint global ignore=DL3006
# seaworthy global ignore=missing-healthcheck
FROM alpine:3.20
# expect SW2032 1:1-1:32 Inline suppression '# hadolint global ignore=DL3006': findings are hidden in the file instead of being fixed or configured in .seaworthy.yaml
# expect SW2032 2:1-2:46 Inline suppression '# seaworthy global ignore=missing-healthcheck': findings are hidden in the file instead of being fixed or configured in .seaworthy.yaml
