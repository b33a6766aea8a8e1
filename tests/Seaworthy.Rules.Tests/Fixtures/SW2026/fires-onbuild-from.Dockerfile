FROM alpine:3.20
ONBUILD FROM debian:bookworm
# expect SW2026 2:9-2:13
