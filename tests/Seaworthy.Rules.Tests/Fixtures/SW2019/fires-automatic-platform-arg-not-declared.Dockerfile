FROM alpine
# expect SW2019 3:14-3:27 Variable '$TARGETARCH' is not defined: a stage sees a global or automatic ARG only after 'ARG TARGETARCH' in the stage
COPY bin/app-${TARGETARCH} /usr/local/bin/app
