FROM alpine:3.20
COPY . /app
# expect SW2020 2:6-2:7 COPY of '.', which .dockerignore excludes from the build context
