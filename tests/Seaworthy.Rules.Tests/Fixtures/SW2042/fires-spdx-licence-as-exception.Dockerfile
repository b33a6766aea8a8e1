FROM alpine:3.20 AS licence-as-exception
LABEL license="MIT WITH Apache-2.0"
# expect SW2042 2:15-2:36 Label 'license' is not a valid spdx value: 'MIT WITH Apache-2.0'
