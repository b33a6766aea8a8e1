FROM alpine
# expect SW2019 3:11-3:13
ENV A=1 B=$A
