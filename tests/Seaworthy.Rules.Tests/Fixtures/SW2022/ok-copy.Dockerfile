FROM alpine:3.20
COPY . /app
COPY app.py /srv/app/
