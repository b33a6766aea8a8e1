FROM nginx:1.27
HEALTHCHECK --start_period=5s --interval CMD curl -f http://localhost/
# expect SW2033 2:13-2:30 unknown flag: --start_period (did you mean start-period?)
# expect SW2033 2:31-2:41 missing a value on flag: --interval
