FROM alpine:3.20
RUN curl -fsS -u deploy:Tr0ub4dor-3 https://example.com/artifact.tgz -o /tmp/a.tgz
RUN git clone https://oauth2:ghp_0123456789abcdefghijklmnopqrstuvwxyzAB@github.com/acme/app.git
RUN docker login -u ci -p Tr0ub4dor-3 registry.example.com
RUN pip install --index-url https://user:Tr0ub4dor-3@pypi.example.com/simple app
CMD ["app", "--password", "Tr0ub4dor-3"]
# expect SW1046 2:25-2:36 RUN holds a curl user password, value ********: anyone who can read the file or the image can use it; pass it at run time from a secret store
# expect SW1046 3:30-3:72 RUN holds a GitHub token, value ghp_****************: anyone who can read the file or the image can use it; pass it at run time from a secret store
# expect SW1046 4:27-4:38 RUN holds a docker login password, value ********: anyone who can read the file or the image can use it; pass it at run time from a secret store
# expect SW1046 5:42-5:53 RUN holds a URL with a password, value ********: anyone who can read the file or the image can use it; pass it at run time from a secret store
# expect SW1046 6:28-6:39 CMD holds a password option, value ********: anyone who can read the file or the image can use it; pass it at run time from a secret store
