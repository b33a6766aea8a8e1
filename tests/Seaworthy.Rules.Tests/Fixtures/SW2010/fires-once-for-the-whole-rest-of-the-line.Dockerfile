FROM alpine
# expect SW2010 3:5-3:6
ENV A 1 B=2
