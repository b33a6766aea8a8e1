FROM alpine:3.20
ENV DB_PASSWORD=example.com REGISTRY_AUTH=admin:hunter2 API_KEY=htpasswd
ENV APP_SECRET=1000 SESSION_TOKEN=a.b
# expect SW1003 2:5-2:16 Environment variable 'DB_PASSWORD' looks like a secret (its name contains 'password'): value ********
# expect SW1003 2:29-2:42 Environment variable 'REGISTRY_AUTH' looks like a secret (its name contains 'auth'): value ********
# expect SW1003 2:57-2:64 Environment variable 'API_KEY' looks like a secret (its name contains 'api_key'): value ********
# expect SW1003 3:5-3:15 Environment variable 'APP_SECRET' looks like a secret (its name contains 'secret'): value ********
# expect SW1003 3:21-3:34 Environment variable 'SESSION_TOKEN' looks like a secret (its name contains 'token'): value ********
