FROM alpine:3.20
LABEL 1password.vault=ops
# expect SW2029 2:7-2:22 Label key '1password.vault' must start with a lower-case letter
