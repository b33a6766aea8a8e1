# expect SW1004 2:1-2:16
FROM nginx:1.27
COPY site/ /usr/share/nginx/html/
