FROM alpine:3.20
# seaworthy ignore=SW1003 -- test fixture credential
ENV API_TOKEN=dummy
