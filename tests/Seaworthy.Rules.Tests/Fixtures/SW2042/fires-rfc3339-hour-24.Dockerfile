FROM alpine:3.20 AS hour-24
LABEL created=2024-01-02T24:00:00Z
# expect SW2042 2:15-2:35 Label 'created' is not a valid rfc3339 value: '2024-01-02T24:00:00Z'
