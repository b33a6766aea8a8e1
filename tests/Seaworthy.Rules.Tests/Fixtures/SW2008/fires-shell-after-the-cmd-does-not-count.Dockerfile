FROM alpine
# expect SW2008 3:5-3:12 CMD in shell form runs under '/bin/sh -c', which does not pass signals such as SIGTERM on to the process; use JSON arguments
CMD echo hi
SHELL ["/bin/bash", "-c"]
