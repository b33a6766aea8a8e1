FROM alpine
# check=skip=JSONArgsRecommended
CMD echo hi
