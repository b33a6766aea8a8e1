FROM alpine:3.20
COPY --chmown=app:app app /app
CMD --help
WORKDIR --parents /app
# expect SW2034 2:6-2:22 unknown flag: --chmown (did you mean chown?)
# expect SW2034 3:5-3:11 unknown flag: --help
# expect SW2034 4:9-4:18 unknown flag: --parents
