FROM alpine:3.20
LABEL .invalid="foo" -invalid="foo"
# expect SW2029 2:7-2:15
# expect SW2029 2:22-2:30
