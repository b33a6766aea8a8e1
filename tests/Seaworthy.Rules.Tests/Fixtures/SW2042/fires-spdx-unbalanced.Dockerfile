FROM alpine:3.20 AS unbalanced
LABEL license="(MIT OR Apache-2.0"
# expect SW2042 2:15-2:35 Label 'license' is not a valid spdx value: '(MIT OR Apache-2.0'
