FROM nginx:1.27
HEALTHCHECK cmd curl -f http://localhost/
