FROM node:22-alpine
WORKDIR /app
ADD . /app
# expect SW2022 3:5-3:6 ADD '.' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
