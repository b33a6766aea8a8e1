# syntax=docker/dockerfile:1-labs
FROM --platform=$BUILDPLATFORM golang:1.23 AS builder
RUN --mount=type=cache,target=/root/.cache/go-build --mount=type=bind,target=. --network=none --security=insecure --device=/dev/fuse go build -o /out/app .

FROM alpine:3.20
COPY --from=builder --chown=app:app --chmod=755 --link --exclude=*.md --exclude=*.txt /out/ /app/
COPY --parents --link=false a/./b /dst/
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tar.gz /a/
ADD --keep-git-dir=true --unpack=false https://github.com/moby/buildkit.git /src/
