FROM alpine
# expect SW2019 3:10-3:15 Variable '$PAHT' is not defined (did you mean $PATH?)
ENV PATH=$PAHT:/opt/bin
ARG APP_USER=app
# expect SW2019 6:14-6:25 Variable '$APP_USRE' is not defined (did you mean $APP_USER?)
COPY --chown=${APP_USRE} app /app
# expect SW2019 8:10-8:20 Variable '$APP_USERS' is not defined (did you mean $APP_USER?)
WORKDIR /$APP_USERS
