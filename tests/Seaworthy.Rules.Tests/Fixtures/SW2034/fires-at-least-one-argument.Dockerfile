FROM alpine:3.20
EXPOSE
VOLUME
ENV
LABEL
ARG
ONBUILD
SHELL []
# expect SW2034 2:1-2:7 EXPOSE requires at least one argument
# expect SW2034 3:1-3:7 VOLUME requires at least one argument
# expect SW2034 4:1-4:4 ENV requires at least one argument
# expect SW2034 5:1-5:6 LABEL requires at least one argument
# expect SW2034 6:1-6:4 ARG requires at least one argument
# expect SW2034 7:1-7:8 ONBUILD requires at least one argument
# expect SW2034 8:1-8:6 SHELL requires at least one argument
