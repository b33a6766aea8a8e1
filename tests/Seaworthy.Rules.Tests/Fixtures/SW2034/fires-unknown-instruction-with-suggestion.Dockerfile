FROM alpine:3.20
RUNN echo hi
COPPY app /app
# expect SW2034 2:1-2:5 unknown instruction: RUNN (did you mean RUN?)
# expect SW2034 3:1-3:6 unknown instruction: COPPY (did you mean COPY?)
