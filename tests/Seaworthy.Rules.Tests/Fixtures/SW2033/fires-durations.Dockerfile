FROM nginx:1.27
HEALTHCHECK --interval=30 --timeout=500us --start-period=1d \
  CMD curl -f http://localhost/ || exit 1
# expect SW2033 2:24-2:26
# expect SW2033 2:37-2:42
# expect SW2033 2:58-2:60
