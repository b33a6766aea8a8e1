FROM alpine:3.20
ENV LEVEL=debug LOG_LEVEL=${LEVEL:-info}
# expect SW2027 2:27-2:41
