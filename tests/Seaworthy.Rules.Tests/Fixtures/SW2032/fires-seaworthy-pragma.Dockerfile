FROM alpine:3.20
# seaworthy ignore=SW1001 -- the entrypoint drops privileges
USER root
# expect SW2032 2:1-2:61 Inline suppression '# seaworthy ignore=SW1001 -- the entrypoint drops privileges': findings are hidden in the file instead of being fixed or configured in .seaworthy.yaml
