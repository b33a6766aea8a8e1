FROM alpine:3.20
ONBUILD COPY requirements.txt constraints.txt /install
# expect SW2023 2:47-2:55 COPY has 2 sources, so its destination '/install' must be a directory and end with '/'
