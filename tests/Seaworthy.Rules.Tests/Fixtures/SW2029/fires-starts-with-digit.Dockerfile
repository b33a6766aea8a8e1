FROM alpine:3.20
LABEL 1password.vault=ops
# expect SW2029 2:7-2:22
