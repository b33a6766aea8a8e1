FROM alpine:3.20
LABEL source=github.com/acme/app
# expect SW2042 2:14-2:33
LABEL version=1.2
# expect SW2042 4:15-4:18
LABEL created="23 Nov 2026"
# expect SW2042 6:15-6:28
LABEL license="MIT AND"
# expect SW2042 8:15-8:24
LABEL revision=main
# expect SW2042 10:16-10:20
LABEL maintainer="ops at acme"
# expect SW2042 12:18-12:31
LABEL title=""
# expect SW2042 14:7-14:12
