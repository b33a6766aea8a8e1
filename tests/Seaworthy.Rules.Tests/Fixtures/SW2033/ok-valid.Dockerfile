FROM nginx:1.27
HEALTHCHECK --interval=1m30s --timeout=1.5s --start-period=500ms --start-interval=5s --retries=3 \
  CMD curl -f http://localhost/ || exit 1
