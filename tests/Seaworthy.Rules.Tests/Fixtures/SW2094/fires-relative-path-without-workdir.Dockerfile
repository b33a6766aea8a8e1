FROM alpine:3.20
COPY deploy/ /opt/deploy/
ARG AWS_CONFIG_FILE=opt/deploy/aws.conf
ENV GOOGLE_APPLICATION_CREDENTIALS=./opt/deploy/gcp.json HF_TOKEN_PATH=./srv/token
# expect SW2094 3:5-3:20 'AWS_CONFIG_FILE' points to 'opt/deploy/aws.conf', which COPY fills from the build context: the credentials file is then a layer of the image; mount it when the container runs, or with RUN --mount=type=secret
# expect SW2094 4:5-4:35 'GOOGLE_APPLICATION_CREDENTIALS' points to './opt/deploy/gcp.json', which COPY fills from the build context: the credentials file is then a layer of the image; mount it when the container runs, or with RUN --mount=type=secret
