FROM alpine
# expect SW2009 3:1-3:11
ENTRYPOINT ["a"]
# expect SW2009 5:1-5:11
entrypoint ["b"]
ENTRYPOINT ["c"]
