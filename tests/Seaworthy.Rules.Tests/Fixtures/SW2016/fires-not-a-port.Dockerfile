FROM alpine
# expect SW2016 5:8-5:12
# expect SW2016 5:13-5:19
# expect SW2016 5:20-5:29
EXPOSE http 80/xyz 9000-8000
