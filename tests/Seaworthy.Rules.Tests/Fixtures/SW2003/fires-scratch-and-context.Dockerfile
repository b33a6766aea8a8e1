# expect SW2003 3:16-3:23
# expect SW2003 4:16-4:23
FROM alpine AS scratch
FROM alpine AS context
