# expect SW1004 2:1-2:16 Stage 0 defines no HEALTHCHECK, so nothing notices when the process hangs
FROM nginx:1.27
COPY site/ /usr/share/nginx/html/
