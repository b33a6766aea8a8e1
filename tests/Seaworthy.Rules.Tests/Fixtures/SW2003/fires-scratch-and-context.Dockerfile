# expect SW2003 3:16-3:23 Stage name 'scratch' is reserved: 'scratch' is the empty base image
# expect SW2003 4:16-4:23 Stage name 'context' is reserved: 'context' is the build context
FROM alpine AS scratch
FROM alpine AS context
