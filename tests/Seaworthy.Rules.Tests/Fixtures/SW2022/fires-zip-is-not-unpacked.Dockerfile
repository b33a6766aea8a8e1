FROM nginx:1.27
ADD site.zip /usr/share/nginx/html/
# expect SW2022 2:5-2:13
