FROM alpine
# expect SW2019 3:10-3:15
ENV PATH=$PAHT:/opt/bin
ARG APP_USER=app
# expect SW2019 6:14-6:25
COPY --chown=${APP_USRE} app /app
# expect SW2019 8:10-8:20
WORKDIR /$APP_USERS
