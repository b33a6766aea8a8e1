FROM python:3.13-slim
WORKDIR /srv/api
COPY . .
ENV GOOGLE_APPLICATION_CREDENTIALS=/srv/api/secrets/gcp.json
ENV AWS_SHARED_CREDENTIALS_FILE=/srv/api/aws.pem
CMD ["python", "app.py"]
