FROM python:3.13-slim
WORKDIR /srv/api
COPY . .
ENV GOOGLE_APPLICATION_CREDENTIALS=/srv/api/config/service-account.json PORT=8080
CMD ["gunicorn", "app:server"]
# expect SW2094 4:5-4:35 'GOOGLE_APPLICATION_CREDENTIALS' points to '/srv/api/config/service-account.json', which COPY fills from the build context: the credentials file is then a layer of the image; mount it when the container runs, or with RUN --mount=type=secret
