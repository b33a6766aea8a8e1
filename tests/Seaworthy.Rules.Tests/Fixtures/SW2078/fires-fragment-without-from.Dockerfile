# A fragment without FROM, as hadolint lints one: its instructions form one stage.
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /srv && rm /tmp/app.tar.gz
# expect SW2078 3:14-3:29 '/tmp/app.tar.gz' is copied with COPY and then extracted here: ADD extracts a local archive itself, in one layer
