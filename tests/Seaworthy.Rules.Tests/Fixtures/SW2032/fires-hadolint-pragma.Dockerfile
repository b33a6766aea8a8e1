FROM alpine:3.20
# hadolint ignore=DL3002
USER root
# expect SW2032 2:1-2:25 Inline suppression '# hadolint ignore=DL3002': findings are hidden in the file instead of being fixed or configured in .seaworthy.yaml
