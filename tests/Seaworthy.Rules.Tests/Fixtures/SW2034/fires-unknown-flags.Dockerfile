FROM alpine:3.20
COPY --chmown=app:app app /app
CMD --help
WORKDIR --parents /app
# expect SW2034 2:6-2:22
# expect SW2034 3:5-3:11
# expect SW2034 4:9-4:18
