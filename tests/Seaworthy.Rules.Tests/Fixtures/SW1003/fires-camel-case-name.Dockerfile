FROM alpine:3.20
ENV dbPassword=hunter2
# expect SW1003 2:5-2:15 Environment variable 'dbPassword' looks like a secret (its name contains 'password'): value ********
