FROM python:3.13-slim
RUN pip install flask==3.1.0 \
    && python3 -m pip install -r requirements.txt
# expect SW2071 2:9-2:16
# expect SW2071 3:23-3:30
