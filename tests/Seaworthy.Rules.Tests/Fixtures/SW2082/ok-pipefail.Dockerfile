FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/x | tar xz

FROM debian:12 AS second
RUN set -euo pipefail; curl -fsSL https://example.com/x | tar xz
RUN echo a || echo b

FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS windows
SHELL ["powershell", "-Command"]
RUN Get-ChildItem | Select-Object Name
