FROM nginx:1.27
HEALTHCHECK NONE CMD true
# expect SW2033 2:18-2:26 HEALTHCHECK NONE takes no arguments
