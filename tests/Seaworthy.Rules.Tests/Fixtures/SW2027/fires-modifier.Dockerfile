FROM alpine:3.20
ENV LEVEL=debug LOG_LEVEL=${LEVEL:-info}
# expect SW2027 2:27-2:41 ENV LOG_LEVEL refers to ${LEVEL:-info}, but this same ENV sets LEVEL: every value of one ENV is expanded before any is set, so LOG_LEVEL gets the earlier value of LEVEL, or an empty string
