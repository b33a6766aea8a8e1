FROM alpine
# expect SW2008 3:5-4:11 CMD in shell form runs under '/bin/sh -c', which does not pass signals such as SIGTERM on to the process; use JSON arguments
CMD node \
    app.js
