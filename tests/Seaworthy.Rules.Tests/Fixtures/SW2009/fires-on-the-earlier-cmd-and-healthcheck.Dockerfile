# expect SW2009 4:1-4:4
# expect SW2009 5:1-5:12
FROM alpine
CMD ["a"]
HEALTHCHECK CMD ["true"]
COPY <<EOF /x
hi
EOF
CMD ["b"]
HEALTHCHECK NONE
