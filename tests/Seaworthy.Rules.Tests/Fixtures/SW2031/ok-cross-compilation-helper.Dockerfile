FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx

FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
COPY --from=xx / /
COPY --link --from=docker.io/tonistiigi/xx:1.6.1 / /
