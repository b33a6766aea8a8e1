# A fragment without FROM, as hadolint lints one: its LABELs are checked as one image's.
LABEL created="not a date" license="MIT OR Apache-2.0"
LABEL version=2.4.1
# expect SW2042 2:15-2:27 Label 'created' is not a valid rfc3339 value: 'not a date'
