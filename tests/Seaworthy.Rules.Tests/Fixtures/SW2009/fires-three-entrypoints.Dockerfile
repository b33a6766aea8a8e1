FROM alpine
# expect SW2009 3:1-3:11 This ENTRYPOINT has no effect: only the last ENTRYPOINT of a stage is used (line 6)
ENTRYPOINT ["a"]
# expect SW2009 5:1-5:11 This ENTRYPOINT has no effect: only the last ENTRYPOINT of a stage is used (line 6)
entrypoint ["b"]
ENTRYPOINT ["c"]
