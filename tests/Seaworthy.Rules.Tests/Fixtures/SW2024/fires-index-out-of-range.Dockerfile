FROM golang:1.23
RUN go build -o /out/app .

FROM alpine:3.20
COPY --from=2 /out/app /usr/local/bin/app
# expect SW2024 5:13-5:14 COPY --from=2 is not a stage index: the file has 2 stages, so the build fails
