FROM python:3.12-slim
ADD app.py /srv/app/
# expect SW2022 2:5-2:11
