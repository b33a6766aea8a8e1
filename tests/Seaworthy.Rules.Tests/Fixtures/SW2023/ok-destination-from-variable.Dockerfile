FROM alpine:3.20
ENV APP_HOME=/srv/app/
COPY a.conf b.conf $APP_HOME
COPY c.conf d.conf ${APP_HOME}
