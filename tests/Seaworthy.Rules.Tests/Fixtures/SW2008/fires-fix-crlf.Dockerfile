FROM node:22.11-alpine
USER node
CMD   npm   start
# expect SW2008 3:7-3:18 CMD in shell form runs under '/bin/sh -c', which does not pass signals such as SIGTERM on to the process; use JSON arguments
