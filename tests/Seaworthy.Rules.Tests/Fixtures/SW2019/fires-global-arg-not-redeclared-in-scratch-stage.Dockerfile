ARG VERSION=1.0
FROM scratch
# expect SW2019 4:17-4:25 Variable '$VERSION' is not defined: a stage sees a global or automatic ARG only after 'ARG VERSION' in the stage
ENV APP_VERSION=$VERSION
