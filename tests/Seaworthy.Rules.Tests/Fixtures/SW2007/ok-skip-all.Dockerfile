# check=skip=all
FROM alpine AS Build
MAINTAINER x
