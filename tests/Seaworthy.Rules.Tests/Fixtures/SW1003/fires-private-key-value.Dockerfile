FROM alpine:3.20
ENV TLS_KEY="-----BEGIN RSA PRIVATE KEY-----MIIEow"
# expect SW1003 2:13-2:52 Environment variable 'TLS_KEY' holds a private key: value ********
