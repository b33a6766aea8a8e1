FROM python:3.12-slim
ONBUILD ADD . /app/src
# expect SW2022 2:13-2:14 ADD '.' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
