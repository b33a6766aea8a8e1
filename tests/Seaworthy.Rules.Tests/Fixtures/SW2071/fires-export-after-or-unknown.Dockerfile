FROM python:3.13-slim
RUN pip install flask==3.1.0 && export PIP_NO_CACHE_DIR=1
RUN export PIP_NO_CACHE_DIR="$NO_CACHE" && pip install django==5.1
RUN --mount=type=tmpfs,target=/tmp pip install attrs==24.2.0
# expect SW2071 2:9-2:16 pip install without --no-cache-dir keeps the downloaded packages in the layer: add --no-cache-dir, set PIP_NO_CACHE_DIR=1 or mount a cache on /root/.cache/pip
# expect SW2071 3:48-3:55 pip install without --no-cache-dir keeps the downloaded packages in the layer: add --no-cache-dir, set PIP_NO_CACHE_DIR=1 or mount a cache on /root/.cache/pip
# expect SW2071 4:40-4:47 pip install without --no-cache-dir keeps the downloaded packages in the layer: add --no-cache-dir, set PIP_NO_CACHE_DIR=1 or mount a cache on /root/.cache/pip
