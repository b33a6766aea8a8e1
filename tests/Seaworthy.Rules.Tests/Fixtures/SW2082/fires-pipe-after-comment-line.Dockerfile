FROM debian:bookworm-slim
RUN curl -fsSL https://example.com/install.sh \
    # the comment line ends with a backslash but joins nothing \
    | sh
# expect SW2082 4:5-4:6 Pipeline without pipefail: only 'sh' decides whether the RUN fails; set SHELL ["/bin/bash", "-o", "pipefail", "-c"]
