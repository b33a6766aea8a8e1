FROM alpine:3.20
RUNN echo hi
COPPY app /app
# expect SW2034 2:1-2:5
# expect SW2034 3:1-3:6
