FROM google/cloud-sdk:slim
RUN gcloud auth activate-service-account --key-file=/run/secrets/gcp.json
RUN --mount=type=secret,id=aws_key aws configure set aws_secret_access_key "$(cat /run/secrets/aws_key)"
RUN aws --profile deploy configure set profile.deploy.aws_access_key_id "$KEY_ID"
RUN az login --service-principal -u "$APP_ID" -p "$APP_SECRET" --tenant "$TENANT"
RUN doctl auth init --access-token "$DO_TOKEN" && doctl registry login
# expect SW2096 2:5-2:11 'gcloud auth activate-service-account' saves the credential in gcloud's configuration (~/.config/gcloud), a layer of the image anyone who pulls it can read; give it to the commands that need it from a RUN --mount=type=secret instead
# expect SW2096 3:36-3:39 'aws configure set aws_secret_access_key' saves the credential in ~/.aws/credentials, a layer of the image anyone who pulls it can read; give it to the commands that need it from a RUN --mount=type=secret instead
# expect SW2096 4:5-4:8 'aws configure set profile.deploy.aws_access_key_id' saves the credential in ~/.aws/credentials, a layer of the image anyone who pulls it can read; give it to the commands that need it from a RUN --mount=type=secret instead
# expect SW2096 5:5-5:7 'az login' saves the credential in the Azure CLI's token cache (~/.azure), a layer of the image anyone who pulls it can read; give it to the commands that need it from a RUN --mount=type=secret instead
# expect SW2096 6:5-6:10 'doctl auth init' saves the credential in doctl's config.yaml (~/.config/doctl), a layer of the image anyone who pulls it can read; give it to the commands that need it from a RUN --mount=type=secret instead
