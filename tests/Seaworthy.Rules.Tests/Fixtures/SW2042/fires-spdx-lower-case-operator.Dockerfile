FROM alpine:3.20 AS lower-case-operator
LABEL license="MIT or Apache-2.0"
# expect SW2042 2:15-2:34 Label 'license' is not a valid spdx value: 'MIT or Apache-2.0'
