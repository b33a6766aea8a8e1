FROM nginx:1.27
ONBUILD HEALTHCHECK CMD
# expect SW2033 2:21-2:24 Missing command after HEALTHCHECK CMD (in an ONBUILD trigger: every build FROM this image fails)
