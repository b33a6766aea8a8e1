FROM alpine:3.20
LABEL com.example..vendor=acme com.example.release-=1 io.example--x=1
# expect SW2029 2:7-2:26
# expect SW2029 2:32-2:52
# expect SW2029 2:55-2:68
