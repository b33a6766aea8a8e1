FROM alpine:3.20
ONBUILD ONBUILD RUN echo twice removed
# expect SW2026 2:9-2:16 ONBUILD isn't allowed as an ONBUILD trigger: triggers cannot be chained, so the build fails
