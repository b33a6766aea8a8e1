FROM alpine:3.20 AS short-offset
LABEL created=2024-01-02T03:04:05+2:00
# expect SW2042 2:15-2:39 Label 'created' is not a valid rfc3339 value: '2024-01-02T03:04:05+2:00'
