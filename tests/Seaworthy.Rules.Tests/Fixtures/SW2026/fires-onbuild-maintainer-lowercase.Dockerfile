FROM alpine:3.20
onbuild maintainer someone@example.com
# expect SW2026 2:9-2:19
