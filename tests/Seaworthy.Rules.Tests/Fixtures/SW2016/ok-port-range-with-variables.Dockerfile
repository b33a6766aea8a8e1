FROM nginx:1.27-alpine
EXPOSE ${PORT}-8080 80-${END}/tcp ${FIRST}-${LAST}/udp 8000-${END:-8080}
