FROM alpine:3.20
RUN wget -qO- https://example.com/key | tee /etc/key
# expect SW2082 2:39-2:40 Pipeline without pipefail: only 'tee' decides whether the RUN fails; set SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN apk add curl && curl -fsSL https://example.com/x | tar xz | sort
# expect SW2082 4:54-4:55 Pipeline without pipefail: only 'sort' decides whether the RUN fails; set SHELL ["/bin/bash", "-o", "pipefail", "-c"]
FROM debian:12
SHELL ["/bin/bash", "-c"]
RUN set -e; { echo a; echo b; } | sort
# expect SW2082 8:33-8:34 Pipeline without pipefail: only 'sort' decides whether the RUN fails; set SHELL ["/bin/bash", "-o", "pipefail", "-c"]
