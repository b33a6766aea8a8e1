FROM golang:1.23 AS build
RUN go build -o /out/app .

FROM scratch AS binaries-linux
COPY --from=build /out/app /app

FROM binaries-${TARGETOS} AS binaries

FROM scratch AS release
COPY --from=binaries / /
