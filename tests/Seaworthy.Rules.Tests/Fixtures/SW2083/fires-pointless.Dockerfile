FROM ubuntu:24.04
RUN service nginx start && sudo ps aux
# expect SW2083 2:5-2:12
# expect SW2083 2:33-2:35
RUN ["vim", "/etc/hosts"]
# expect SW2083 5:6-5:11
