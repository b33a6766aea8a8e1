FROM golang:1.23 AS builder
FROM alpine:3.20
COPY --from builder /out/app /app
COPY --link=yes --chmod= a /a
COPY --from=builder --from=builder /b /b
# expect SW2034 3:6-3:12 missing a value on flag: --from
# expect SW2034 4:6-4:16 expecting boolean value for flag --link, not: yes
# expect SW2034 5:21-5:35 duplicate flag specified: --from
