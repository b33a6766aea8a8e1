FROM alpine:3.20
LABEL "Description"="a small image"
# expect SW2029 2:7-2:20
