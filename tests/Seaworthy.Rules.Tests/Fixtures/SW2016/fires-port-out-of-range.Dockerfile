FROM alpine
# expect SW2016 5:8-5:13 EXPOSE 70000: port 70000 is outside 1-65535
# expect SW2016 5:14-5:24 EXPOSE 8000-70000: port 70000 is outside 1-65535
# expect SW2016 5:25-5:26 EXPOSE 0: port 0 is outside 1-65535
EXPOSE 70000 8000-70000 0
