# expect SW2009 4:1-4:4 This CMD has no effect: only the last CMD of a stage is used (line 9)
# expect SW2009 5:1-5:12 This HEALTHCHECK has no effect: only the last HEALTHCHECK of a stage is used (line 10)
FROM alpine
CMD ["a"]
HEALTHCHECK CMD ["true"]
COPY <<EOF /x
hi
EOF
CMD ["b"]
HEALTHCHECK NONE
