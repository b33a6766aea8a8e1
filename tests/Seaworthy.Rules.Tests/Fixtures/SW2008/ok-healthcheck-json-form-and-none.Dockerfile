FROM nginx:1.27-alpine
HEALTHCHECK --interval=30s CMD ["curl", "-fsS", "http://localhost/"]

FROM nginx:1.27-alpine
HEALTHCHECK NONE

FROM nginx:1.27-alpine
SHELL ["/bin/ash", "-c"]
HEALTHCHECK CMD curl -fsS http://localhost/ || exit 1
