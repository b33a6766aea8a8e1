FROM alpine:3.20 AS unknown-id
LABEL license=Apache2

FROM alpine:3.20 AS licence-as-exception
LABEL license="MIT WITH Apache-2.0"

FROM alpine:3.20 AS lower-case-operator
LABEL license="MIT or Apache-2.0"

FROM alpine:3.20 AS unbalanced
LABEL license="(MIT OR Apache-2.0"
# expect SW2042 2:15-2:22 Label 'license' is not a valid spdx value: 'Apache2'
# expect SW2042 5:15-5:36 Label 'license' is not a valid spdx value: 'MIT WITH Apache-2.0'
# expect SW2042 8:15-8:34 Label 'license' is not a valid spdx value: 'MIT or Apache-2.0'
# expect SW2042 11:15-11:35 Label 'license' is not a valid spdx value: '(MIT OR Apache-2.0'
