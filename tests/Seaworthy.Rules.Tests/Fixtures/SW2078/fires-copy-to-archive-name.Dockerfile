FROM debian:bookworm-slim
COPY dist/build-output.tar /opt/app.tar
RUN tar -xf /opt/app.tar -C /opt && rm /opt/app.tar
# expect SW2078 3:13-3:25 '/opt/app.tar' is copied with COPY and then extracted here: ADD extracts a local archive itself, in one layer
