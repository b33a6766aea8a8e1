FROM alpine AS a
CMD ["a"]
FROM a AS b
CMD ["b"]
