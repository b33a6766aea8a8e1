ARG BUILDER=golang:1.23
FROM ${BUILDER} AS builder
RUN go build -o /out/app .

FROM alpine:3.20
ARG STAGE=builder
COPY --from=${STAGE} /out/app /usr/local/bin/app
# expect SW2024 7:13-7:21 COPY --from=${STAGE} uses a variable, which BuildKit does not expand in --from, so the build fails: name a stage instead (FROM ${IMAGE} AS name, with a global ARG)
