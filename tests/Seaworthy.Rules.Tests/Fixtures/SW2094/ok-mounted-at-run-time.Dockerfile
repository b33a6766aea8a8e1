FROM python:3.13-slim AS test
COPY . /srv/api/
ENV GOOGLE_APPLICATION_CREDENTIALS=/srv/api/ci-key.json

FROM python:3.13-slim
WORKDIR /srv/api
COPY requirements.txt app.py ./
COPY --from=test /srv/api/dist /srv/api/dist
ENV GOOGLE_APPLICATION_CREDENTIALS=/var/run/secrets/gcp/key.json
ENV HF_TOKEN_PATH=/srv/api/hf-token
ENV AWS_SHARED_CREDENTIALS_FILE=$HOME/.aws/credentials
CMD ["python", "app.py"]
