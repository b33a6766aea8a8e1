FROM nginx:1.27
HEALTHCHECK
# expect SW2033 2:1-2:12 HEALTHCHECK requires at least one argument
