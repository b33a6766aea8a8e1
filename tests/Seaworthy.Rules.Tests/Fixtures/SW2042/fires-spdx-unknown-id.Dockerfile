FROM alpine:3.20 AS unknown-id
LABEL license=Apache2
# expect SW2042 2:15-2:22 Label 'license' is not a valid spdx value: 'Apache2'
