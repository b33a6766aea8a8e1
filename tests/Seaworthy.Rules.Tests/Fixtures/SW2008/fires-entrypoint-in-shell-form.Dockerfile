FROM alpine
# expect SW2008 3:12-3:26 ENTRYPOINT in shell form runs under '/bin/sh -c', which does not pass signals such as SIGTERM on to the process; use JSON arguments
ENTRYPOINT my-app --serve
CMD ["--port", "80"]
