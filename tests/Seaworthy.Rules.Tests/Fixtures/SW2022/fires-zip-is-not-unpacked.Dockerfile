FROM nginx:1.27
ADD site.zip /usr/share/nginx/html/
# expect SW2022 2:5-2:13 ADD 'site.zip' copies a local file or folder that is not a tar archive: use COPY, which never downloads or unpacks anything
