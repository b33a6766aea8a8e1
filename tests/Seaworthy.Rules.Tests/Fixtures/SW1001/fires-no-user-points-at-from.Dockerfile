# expect SW1001 2:1-2:17
FROM alpine:3.20
CMD ["sh"]
