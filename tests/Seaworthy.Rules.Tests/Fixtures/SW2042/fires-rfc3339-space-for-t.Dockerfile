FROM alpine:3.20 AS space-for-t
LABEL created="2024-01-02 03:04:05Z"
# expect SW2042 2:15-2:37 Label 'created' is not a valid rfc3339 value: '2024-01-02 03:04:05Z'
