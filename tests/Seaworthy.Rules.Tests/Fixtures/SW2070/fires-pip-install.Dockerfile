FROM python:3.13-slim
RUN pip install --no-cache-dir flask requests==2.32.3 'gunicorn'
# expect SW2070 2:32-2:37
# expect SW2070 2:55-2:65
