FROM google/cloud-sdk:slim AS fetch
RUN gcloud auth activate-service-account --key-file=/run/secrets/gcp.json && gcloud storage cp gs://assets/model.bin /out/

FROM debian:bookworm-slim
COPY --from=fetch /out/model.bin /opt/model.bin
RUN aws configure set region eu-west-1
RUN gcloud auth activate-service-account --key-file=/run/secrets/gcp.json \
 && gcloud storage cp gs://assets/data.csv /opt/ \
 && rm -rf /root/.config/gcloud
RUN az login --identity
RUN doctl auth init
RUN echo gcloud auth activate-service-account
