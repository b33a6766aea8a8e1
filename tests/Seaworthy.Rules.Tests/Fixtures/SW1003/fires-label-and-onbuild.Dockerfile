FROM alpine:3.20
LABEL password=hunter2
# expect SW1003 2:7-2:15 Label 'password' looks like a secret (its name contains 'password'): value ********
ONBUILD ENV NPM_TOKEN=abc123
# expect SW1003 4:13-4:22 ONBUILD environment variable 'NPM_TOKEN' looks like a secret (its name contains 'token'): value ********
ONBUILD ARG AWS_KEY=AKIAIOSFODNN7EXAMPLE
# expect SW1003 6:21-6:41 ONBUILD build argument 'AWS_KEY' holds an AWS access key id: value AKIA****************
