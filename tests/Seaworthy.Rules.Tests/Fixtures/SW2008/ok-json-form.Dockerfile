FROM alpine
ENTRYPOINT ["my-app"]
CMD ["--serve"]
