FROM nginx:1.27
HEALTHCHECK CURL http://localhost/
# expect SW2033 2:13-2:17 Unknown type "CURL" in HEALTHCHECK (try CMD)
