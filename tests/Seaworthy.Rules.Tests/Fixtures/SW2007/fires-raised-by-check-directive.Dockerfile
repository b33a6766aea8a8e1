# check=skip=StageNameCasing;error=true
FROM alpine AS Build
# expect SW2007 4:1-4:11
MAINTAINER x
