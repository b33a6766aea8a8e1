FROM alpine:3.20
LABEL source=github.com/acme/app
# expect SW2042 2:14-2:33 Label 'source' is not a valid url value: 'github.com/acme/app'
LABEL version=1.2
# expect SW2042 4:15-4:18 Label 'version' is not a valid semver value: '1.2'
LABEL created="23 Nov 2026"
# expect SW2042 6:15-6:28 Label 'created' is not a valid rfc3339 value: '23 Nov 2026'
LABEL license="MIT AND"
# expect SW2042 8:15-8:24 Label 'license' is not a valid spdx value: 'MIT AND'
LABEL revision=main
# expect SW2042 10:16-10:20 Label 'revision' is not a valid hash value: 'main'
LABEL maintainer="ops at acme"
# expect SW2042 12:18-12:31 Label 'maintainer' is not a valid email value: 'ops at acme'
LABEL title=""
# expect SW2042 14:7-14:12 Label 'title' is empty
