# A fragment without FROM, as hadolint lints one; a variable's value is unknown here.
EXPOSE 70000 8080-90000/tcp
EXPOSE ${PORT}-8080 80-${END} ${PORT}
# expect SW2016 2:8-2:13 EXPOSE 70000: port 70000 is outside 1-65535
# expect SW2016 2:14-2:28 EXPOSE 8080-90000/tcp: port 90000 is outside 1-65535
