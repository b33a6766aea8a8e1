FROM alpine:3.20
ENV APP_HOME=/srv/app \
    APP_LOG=$APP_HOME/log
# expect SW2027 3:13-3:22
