FROM alpine:3.20
ENV CARD_PIN=4711 PASSWORD_FILE=/run/secrets/x DB_PASSWORD_URL=hunter2
# expect SW1003 2:5-2:13 Environment variable 'CARD_PIN' looks like a secret (its name contains 'pin'): value ********
# expect SW1003 2:48-2:63 Environment variable 'DB_PASSWORD_URL' looks like a secret (its name contains 'password'): value ********
