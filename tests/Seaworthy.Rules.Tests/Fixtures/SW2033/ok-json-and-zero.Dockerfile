FROM nginx:1.27
HEALTHCHECK --interval=0 --retries=0 CMD ["curl", "-f", "http://localhost/"]
