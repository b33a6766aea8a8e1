FROM alpine:3.20
ENV DATABASE_URL=postgres://app:s3cret@db:5432/app
# expect SW1003 2:18-2:51 Environment variable 'DATABASE_URL' holds a URL with a password: value ********
