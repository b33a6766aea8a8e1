# expect SW1001 2:1-2:17 Stage 0 runs as root: no USER instruction sets a user, so it keeps the base image's user (root for most images)
FROM alpine:3.20
CMD ["sh"]
