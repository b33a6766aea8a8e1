FROM alpine:3.20
LABEL .invalid="foo" -invalid="foo"
# expect SW2029 2:7-2:15 Label key '.invalid' must start with a lower-case letter
# expect SW2029 2:22-2:30 Label key '-invalid' must start with a lower-case letter
