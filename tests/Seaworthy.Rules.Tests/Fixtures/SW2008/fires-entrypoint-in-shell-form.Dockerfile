FROM alpine
# expect SW2008 3:12-3:26
ENTRYPOINT my-app --serve
CMD ["--port", "80"]
