# A fragment without FROM, as hadolint lints one.
HEALTHCHECK CMD /usr/local/bin/healthcheck --quiet
CMD node server.js
ENTRYPOINT ["/sbin/tini", "--"]
# expect SW2008 2:17-2:51 HEALTHCHECK CMD in shell form runs under '/bin/sh -c', so every check starts a shell, and fails in an image without one; use JSON arguments
# expect SW2008 3:5-3:19 CMD in shell form runs under '/bin/sh -c', which does not pass signals such as SIGTERM on to the process; use JSON arguments
