# A fragment without FROM that sets its own working directory first.
WORKDIR /srv
COPY a b
COPY config.yaml "conf/config.yaml"
