FROM debian:12
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/x | tar xz

FROM debian:12 AS dash
SHELL ["/bin/dash", "-eo", "pipefail", "-c"]
RUN curl -fsSL https://example.com/y | tar xz
RUN <<EOT
#!/bin/sh -o pipefail
curl -fsSL https://example.com/z | tar xz
EOT
# expect SW2082 3:38-3:39 Pipeline without pipefail: only 'tar' decides whether the RUN fails; set SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# expect SW2082 7:38-7:39 Pipeline without pipefail: only 'tar' decides whether the RUN fails; set SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# expect SW2082 10:34-10:35 Pipeline without pipefail: only 'tar' decides whether the RUN fails; set SHELL ["/bin/bash", "-o", "pipefail", "-c"]
