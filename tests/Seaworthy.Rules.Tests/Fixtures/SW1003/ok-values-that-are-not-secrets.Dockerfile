ARG CONNECT_KEY_CONVERTER=org.apache.kafka.connect.json.JsonConverter
ARG REGISTRY_AUTH=htpasswd
ARG REGISTRY_AUTH_HTPASSWD_REALM="Registry Realm"
ARG AUTH_BACKENDS=airflow.api.auth.backend.basic_auth,airflow.api.auth.backend.session
ARG NGROK_CA_KEY=/etc/ngrok/ca.key
ARG TLS_KEY=./certs/server.key SSH_KEY=~/.ssh/id_ed25519
ARG TOKEN_UID=1000 SECRETS_GID=1000
ARG AWS_ACCESS_KEY_ID
FROM alpine:3.20
ENV CONNECT_VALUE_KEY_CONVERTER=org.apache.kafka.connect.storage.StringConverter
ENV PROXY_AUTH=basic MONGO_AUTH_MECHANISM=SCRAM-SHA-256
