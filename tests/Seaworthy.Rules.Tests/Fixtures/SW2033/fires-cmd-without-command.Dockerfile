FROM nginx:1.27
HEALTHCHECK CMD
HEALTHCHECK --interval=30s CMD []
# expect SW2033 2:13-2:16 Missing command after HEALTHCHECK CMD
# expect SW2033 3:28-3:31 Missing command after HEALTHCHECK CMD
