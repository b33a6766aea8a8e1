FROM alpine:3.20 AS build
WORKDIR /srv/
WORKDIR app
WORKDIR lib
FROM build
WORKDIR web
# expect SW2001 3:9-3:12 Relative WORKDIR 'app' is resolved against the WORKDIR before it, and moves whenever that one is changed; use an absolute path
# expect SW2001 4:9-4:12 Relative WORKDIR 'lib' is resolved against the WORKDIR before it, and moves whenever that one is changed; use an absolute path
# expect SW2001 6:9-6:12 Relative WORKDIR 'web' is resolved against the WORKDIR before it, and moves whenever that one is changed; use an absolute path
