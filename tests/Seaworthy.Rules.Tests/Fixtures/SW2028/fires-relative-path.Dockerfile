FROM python:3.12-slim
COPY app.py app/
ADD vendor.tar.gz vendor/
# expect SW2028 2:13-2:17
# expect SW2028 3:19-3:26
