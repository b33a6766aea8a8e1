FROM alpine:3.20
COPY app.log /var/log/
# expect SW2020 2:6-2:13
COPY secrets/key.pem /etc/
# expect SW2020 4:6-4:21
ADD ./today.log /tmp/
# expect SW2020 6:5-6:16
COPY logs/today.log /tmp/
