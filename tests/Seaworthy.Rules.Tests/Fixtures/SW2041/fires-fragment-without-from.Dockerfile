# A fragment without FROM, as hadolint lints one: its LABELs are checked as one image's.
LABEL maintainer=ops@acme.example build-host=ci-7
# expect SW2041 2:35-2:45 Label 'build-host' is not in the configured label schema (strict-labels is on)
