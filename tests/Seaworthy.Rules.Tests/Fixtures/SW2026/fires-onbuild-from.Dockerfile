FROM alpine:3.20
ONBUILD FROM debian:bookworm
# expect SW2026 2:9-2:13 FROM isn't allowed as an ONBUILD trigger: a trigger runs inside the stage that uses this image, which already has its FROM, so the build fails
