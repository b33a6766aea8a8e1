FROM alpine:3.20
RUN <<EOF
mkdir -p /root/.ssh
cat > /root/.ssh/id_ed25519 <<KEY
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
-----END OPENSSH PRIVATE KEY-----
KEY
EOF
RUN echo "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq98m\n-----END RSA PRIVATE KEY-----" > /root/key.pem
# expect SW1046 6:1-6:71 RUN holds a private key, value ********: anyone who can read the file or the image can use it; pass it at run time from a secret store
# expect SW1046 10:42-10:68 RUN holds a private key, value ********: anyone who can read the file or the image can use it; pass it at run time from a secret store
