FROM alpine:3.20
RUN curl -fsS -u deploy:Tr0ub4dor-3 https://example.com/artifact.tgz -o /tmp/a.tgz
RUN git clone https://oauth2:ghp_0123456789abcdefghijklmnopqrstuvwxyzAB@github.com/acme/app.git
RUN docker login -u ci -p Tr0ub4dor-3 registry.example.com
RUN pip install --index-url https://user:Tr0ub4dor-3@pypi.example.com/simple app
CMD ["app", "--password", "Tr0ub4dor-3"]
# expect SW1046 2:25-2:36
# expect SW1046 3:30-3:72
# expect SW1046 4:27-4:38
# expect SW1046 5:42-5:53
# expect SW1046 6:28-6:39
