FROM alpine:3.20
ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin
# expect SW2027 2:31-2:40 ENV APP_BIN refers to $APP_HOME, but this same ENV sets APP_HOME: every value of one ENV is expanded before any is set, so APP_BIN gets the earlier value of APP_HOME, or an empty string
