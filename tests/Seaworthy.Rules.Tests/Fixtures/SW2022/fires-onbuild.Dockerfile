FROM python:3.12-slim
ONBUILD ADD . /app/src
# expect SW2022 2:13-2:14
