FROM alpine:3.20
COPY app.log /var/log/
# expect SW2020 2:6-2:13 COPY of 'app.log', which .dockerignore excludes from the build context
COPY secrets/key.pem /etc/
# expect SW2020 4:6-4:21 COPY of 'secrets/key.pem', which .dockerignore excludes from the build context
ADD ./today.log /tmp/
# expect SW2020 6:5-6:16 ADD of './today.log', which .dockerignore excludes from the build context
COPY logs/today.log /tmp/
