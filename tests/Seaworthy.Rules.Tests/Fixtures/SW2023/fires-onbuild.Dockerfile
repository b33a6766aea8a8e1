FROM alpine:3.20
ONBUILD COPY requirements.txt constraints.txt /install
# expect SW2023 2:47-2:55
