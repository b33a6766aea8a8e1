FROM nginx:1.27
HEALTHCHECK --interval=30 --timeout=500us --start-period=1d \
  CMD curl -f http://localhost/ || exit 1
# expect SW2033 2:24-2:26 --interval=30: time: missing unit in duration "30" (a Go duration such as 30s, 1m30s or 500ms)
# expect SW2033 2:37-2:42 Interval "timeout" cannot be less than 1ms (it is 500us)
# expect SW2033 2:58-2:60 --start-period=1d: time: unknown unit "d" in duration "1d" (a Go duration such as 30s, 1m30s or 500ms)
