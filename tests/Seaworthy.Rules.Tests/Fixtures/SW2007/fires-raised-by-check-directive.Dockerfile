# check=skip=StageNameCasing;error=true
FROM alpine AS Build
# expect SW2007 4:1-4:11 MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="x"
MAINTAINER x
