FROM golang:1.23 AS builder
RUN go build -o /out/app .

FROM alpine:3.20
COPY --from=buidler /out/app /usr/local/bin/app
# expect SW2024 5:13-5:20 COPY --from=buidler names no stage of this file and does not look like an image (no tag, digest or registry): BuildKit would pull an image of that name
