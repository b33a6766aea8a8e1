FROM python:3.13-slim
RUN pip install flask==3.1.0 \
    && python3 -m pip install -r requirements.txt
# expect SW2071 2:9-2:16 pip install without --no-cache-dir keeps the downloaded packages in the layer: add --no-cache-dir, set PIP_NO_CACHE_DIR=1 or mount a cache on /root/.cache/pip
# expect SW2071 3:23-3:30 pip install without --no-cache-dir keeps the downloaded packages in the layer: add --no-cache-dir, set PIP_NO_CACHE_DIR=1 or mount a cache on /root/.cache/pip
