# check=skip=StageNameCasing;error=true
FROM alpine:3.20 AS Build
