FROM node:22.11-alpine
USER node
HEALTHCHECK CMD wget -q --spider http://localhost:3000/health
CMD node server.js --port=3000
# expect SW2008 3:17-3:62 HEALTHCHECK CMD in shell form runs under '/bin/sh -c', so every check starts a shell, and fails in an image without one; use JSON arguments
# expect SW2008 4:5-4:31 CMD in shell form runs under '/bin/sh -c', which does not pass signals such as SIGTERM on to the process; use JSON arguments
