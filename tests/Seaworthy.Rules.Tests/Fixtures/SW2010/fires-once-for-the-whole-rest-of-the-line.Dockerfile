FROM alpine
# expect SW2010 3:5-3:6 "ENV A=value" should be used instead of the legacy "ENV A value" form, which takes the rest of the line as one value
ENV A 1 B=2
