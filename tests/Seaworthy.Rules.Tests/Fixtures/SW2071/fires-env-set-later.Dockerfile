FROM python:3.13-slim AS base
ENV PIP_NO_CACHE_DIR=
RUN pip install flask==3.1.0
ENV PIP_NO_CACHE_DIR=1
FROM base AS other
RUN --mount=type=cache,target=/root/.cache/npm PIP_NO_CACHE_DIR=maybe pip install django==5.1
# expect SW2071 3:9-3:16 pip install without --no-cache-dir keeps the downloaded packages in the layer: add --no-cache-dir, set PIP_NO_CACHE_DIR=1 or mount a cache on /root/.cache/pip
# expect SW2071 6:75-6:82 pip install without --no-cache-dir keeps the downloaded packages in the layer: add --no-cache-dir, set PIP_NO_CACHE_DIR=1 or mount a cache on /root/.cache/pip
