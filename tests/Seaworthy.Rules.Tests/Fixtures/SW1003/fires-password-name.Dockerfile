FROM alpine:3.20
ENV DB_PASSWORD=hunter2
# expect SW1003 2:5-2:16 Environment variable 'DB_PASSWORD' looks like a secret (its name contains 'password'): value ********
