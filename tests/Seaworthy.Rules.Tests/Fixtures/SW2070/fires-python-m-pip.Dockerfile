FROM python:3.13-slim
RUN python3 -m pip install --upgrade pip \
    && pip3.13 install -i https://pypi.org/simple uvicorn
# expect SW2070 2:38-2:41
# expect SW2070 3:51-3:58
