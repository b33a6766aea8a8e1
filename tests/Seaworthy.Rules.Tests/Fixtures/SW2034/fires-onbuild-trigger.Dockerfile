FROM alpine:3.20
ONBUILD COPY app.jar
ONBUILD RUNN make
# expect SW2034 2:14-2:21 COPY requires at least two arguments, but only one was provided. Destination could not be determined (in an ONBUILD trigger: every build FROM this image fails)
# expect SW2034 3:9-3:13 unknown instruction: RUNN (did you mean RUN?) (in an ONBUILD trigger: every build FROM this image fails)
