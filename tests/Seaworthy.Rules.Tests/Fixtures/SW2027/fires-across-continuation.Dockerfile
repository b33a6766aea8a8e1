FROM alpine:3.20
ENV APP_HOME=/srv/app \
    APP_LOG=$APP_HOME/log
# expect SW2027 3:13-3:22 ENV APP_LOG refers to $APP_HOME, but this same ENV sets APP_HOME: every value of one ENV is expanded before any is set, so APP_LOG gets the earlier value of APP_HOME, or an empty string
