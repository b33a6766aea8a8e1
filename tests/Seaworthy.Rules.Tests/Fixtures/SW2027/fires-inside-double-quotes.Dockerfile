FROM alpine:3.20
ENV NAME=demo GREETING="hello $NAME"
# expect SW2027 2:31-2:36 ENV GREETING refers to $NAME, but this same ENV sets NAME: every value of one ENV is expanded before any is set, so GREETING gets the earlier value of NAME, or an empty string
