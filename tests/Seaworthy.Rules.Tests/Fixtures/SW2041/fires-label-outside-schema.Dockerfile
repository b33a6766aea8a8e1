FROM alpine:3.20
LABEL maintainer=ops@acme.example build-host=ci-7
# expect SW2041 2:35-2:45 Label 'build-host' is not in the configured label schema (strict-labels is on)
