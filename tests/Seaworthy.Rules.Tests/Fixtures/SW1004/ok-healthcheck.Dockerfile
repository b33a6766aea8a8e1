FROM nginx:1.27
HEALTHCHECK --interval=30s CMD curl -fsS http://localhost/ || exit 1
