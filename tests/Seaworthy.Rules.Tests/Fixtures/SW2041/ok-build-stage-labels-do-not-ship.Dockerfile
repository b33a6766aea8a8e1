FROM alpine:3.20 AS build
LABEL stage=build

FROM alpine:3.20
COPY --from=build /x /x
LABEL maintainer=ops@acme.example
