FROM alpine:3.20
ADD file.gz /usr/src/app/
ADD file.bz2 /usr/src/app/
ADD "file.tgz" /usr/src/app/
