FROM python:3.12-slim
ADD app.py /srv/app/
# expect SW2022 2:5-2:11 ADD 'app.py' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
