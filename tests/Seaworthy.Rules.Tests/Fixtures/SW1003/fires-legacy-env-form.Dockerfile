FROM alpine:3.20
ENV API_KEY abc123def456
# expect SW1003 2:5-2:12 Environment variable 'API_KEY' looks like a secret (its name contains 'api_key'): value ********
