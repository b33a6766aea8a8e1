FROM alpine:3.20
ENV DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app
