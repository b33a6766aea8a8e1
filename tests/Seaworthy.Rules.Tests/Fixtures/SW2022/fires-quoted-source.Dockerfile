FROM alpine:3.20
ADD "file.zip" /usr/src/app/
# expect SW2022 2:5-2:15
