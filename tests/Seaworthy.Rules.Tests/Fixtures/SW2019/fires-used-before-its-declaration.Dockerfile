FROM alpine
# expect SW2019 3:6-3:10 Variable '$SRC' is not defined: it is declared later, on line 4
COPY $SRC /dst
ARG SRC=app
