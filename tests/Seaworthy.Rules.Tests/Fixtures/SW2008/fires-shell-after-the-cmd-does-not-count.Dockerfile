FROM alpine
# expect SW2008 3:5-3:12
CMD echo hi
SHELL ["/bin/bash", "-c"]
