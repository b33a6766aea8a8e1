FROM nginx:1.27-alpine
HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost/ || exit 1

FROM nginx:1.27-alpine
ONBUILD HEALTHCHECK CMD wget -q -O /dev/null http://localhost/
healthcheck cmd   curl -f http://localhost/
# expect SW2008 2:45-2:82 HEALTHCHECK CMD in shell form runs under '/bin/sh -c', so every check starts a shell, and fails in an image without one; use JSON arguments
# expect SW2008 6:19-6:44 HEALTHCHECK CMD in shell form runs under '/bin/sh -c', so every check starts a shell, and fails in an image without one; use JSON arguments
