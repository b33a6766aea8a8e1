FROM alpine:3.20 builder
FROM alpine:3.20 AS
FROM alpine:3.20 AS 1st
# expect SW2034 1:6-1:25 FROM requires either one or three arguments
# expect SW2034 2:6-2:20 FROM requires either one or three arguments
# expect SW2034 3:21-3:24 invalid name for build stage: "1st", name can't start with a number or contain symbols
