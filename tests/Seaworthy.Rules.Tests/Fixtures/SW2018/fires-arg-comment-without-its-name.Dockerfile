FROM alpine:3.20
# Version of the tool
ARG TOOL_VERSION=1.2
# expect SW2018 3:5-3:17 The comment above this ARG should start with its name to describe it: '# TOOL_VERSION <description>'
