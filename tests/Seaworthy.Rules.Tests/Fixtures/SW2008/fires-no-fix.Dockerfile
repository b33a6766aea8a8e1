FROM node:22.11-alpine
USER node
ENTRYPOINT node server.js
CMD node server.js > /tmp/log
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
# expect SW2008 3:12-3:26 ENTRYPOINT in shell form runs under '/bin/sh -c', which does not pass signals such as SIGTERM on to the process; use JSON arguments
# expect SW2008 4:5-4:30 CMD in shell form runs under '/bin/sh -c', which does not pass signals such as SIGTERM on to the process; use JSON arguments
# expect SW2008 5:17-5:52 HEALTHCHECK CMD in shell form runs under '/bin/sh -c', so every check starts a shell, and fails in an image without one; use JSON arguments
