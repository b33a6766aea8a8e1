FROM alpine:3.20
LABEL com.example..vendor=acme com.example.release-=1 io.example--x=1
# expect SW2029 2:7-2:26 Label key 'com.example..vendor' has two separators in a row ('..' or '--')
# expect SW2029 2:32-2:52 Label key 'com.example.release-' must end with a lower-case letter or a digit
# expect SW2029 2:55-2:68 Label key 'io.example--x' has two separators in a row ('..' or '--')
